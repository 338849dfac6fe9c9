import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { parseDockerHost } from './parseDockerHost';
import type { EngineEndpoint, TlsFiles } from './EngineEndpoint';

/** What endpoint resolution reads from the outside world; injected so that it stays testable. */
export interface ResolveInput {
  /** The machine-scoped `dockhand.engine.host` setting; empty means "as the docker CLI does". */
  readonly setting?: string;
  /** The machine-scoped `dockhand.engine.context` setting: the docker context Dockhand uses, whatever the CLI's is. */
  readonly contextSetting?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
  readonly platform: NodeJS.Platform;
  /** Returns a file's text, or undefined when it does not exist. */
  readonly readFile: (file: string) => string | undefined;
  readonly exists: (file: string) => boolean;
}

const defaultUnixSocket = '/var/run/docker.sock';
const defaultPipe = '//./pipe/docker_engine';

/**
 * Resolves the engine endpoint with the docker CLI's precedence, after Dockhand's own settings:
 * the host setting, the context setting (a context chosen in Dockhand), then DOCKER_HOST, then
 * DOCKER_CONTEXT, then the current context in config.json (its endpoint in
 * contexts/meta/<sha256 of name>/meta.json), then the default socket.
 */
export function resolveEndpoint(input: ResolveInput): EngineEndpoint {
  const setting = input.setting?.trim();
  if (setting) {
    return parseDockerHost(setting, { kind: 'setting' }, envTls(input));
  }
  const configDir = dockerConfigDir(input.env, input.homedir);
  const chosen = input.contextSetting?.trim();
  if (chosen) {
    return chosen === 'default'
      ? defaultContextEndpoint(input, { kind: 'context', name: 'default' })
      : contextEndpoint(input, configDir, chosen);
  }
  const dockerHost = input.env.DOCKER_HOST?.trim();
  if (dockerHost) {
    return parseDockerHost(dockerHost, { kind: 'env' }, envTls(input));
  }
  const contextName = input.env.DOCKER_CONTEXT?.trim() || currentContext(input, configDir);
  if (contextName && contextName !== 'default') {
    return contextEndpoint(input, configDir, contextName);
  }
  return defaultEndpoint(input.platform);
}

/** The docker CLI's configuration folder: DOCKER_CONFIG, or ~/.docker. */
export function dockerConfigDir(env: Readonly<Record<string, string | undefined>>, homedir: string): string {
  return env.DOCKER_CONFIG?.trim() || path.join(homedir, '.docker');
}

/** The `default` context: DOCKER_HOST (with its TLS variables) or the platform's socket. */
function defaultContextEndpoint(input: ResolveInput, source: EngineEndpoint['source']): EngineEndpoint {
  const dockerHost = input.env.DOCKER_HOST?.trim();
  return dockerHost ? parseDockerHost(dockerHost, source, envTls(input)) : { ...defaultEndpoint(input.platform), source };
}

/** The platform's default engine socket, used when nothing else names one. */
export function defaultEndpoint(platform: NodeJS.Platform): EngineEndpoint {
  return platform === 'win32'
    ? { kind: 'npipe', pipePath: defaultPipe.replace(/\//g, '\\'), url: `npipe://${defaultPipe}`, source: { kind: 'default' } }
    : { kind: 'unix', socketPath: defaultUnixSocket, url: `unix://${defaultUnixSocket}`, source: { kind: 'default' } };
}

function currentContext(input: ResolveInput, configDir: string): string | undefined {
  const text = input.readFile(path.join(configDir, 'config.json'));
  if (!text) {
    return undefined;
  }
  try {
    const config = JSON.parse(text) as { currentContext?: unknown };
    return typeof config.currentContext === 'string' ? config.currentContext : undefined;
  } catch {
    throw new Error(`${path.join(configDir, 'config.json')} is not valid JSON, so the current docker context cannot be read.`);
  }
}

export function contextEndpoint(input: ResolveInput, configDir: string, name: string): EngineEndpoint {
  const id = createHash('sha256').update(name).digest('hex');
  const metaFile = path.join(configDir, 'contexts', 'meta', id, 'meta.json');
  const text = input.readFile(metaFile);
  if (!text) {
    throw new Error(
      `Docker context "${name}" does not exist (no ${metaFile}). Run \`docker context ls\` to see the contexts, or \`docker context use default\`.`,
    );
  }
  let host: string | undefined;
  let skipTlsVerify = false;
  try {
    const meta = JSON.parse(text) as { Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } } };
    const docker = meta.Endpoints?.docker;
    host = typeof docker?.Host === 'string' ? docker.Host : undefined;
    skipTlsVerify = docker?.SkipTLSVerify === true;
  } catch {
    throw new Error(`${metaFile} (docker context "${name}") is not valid JSON.`);
  }
  if (!host) {
    throw new Error(`Docker context "${name}" has no docker endpoint.`);
  }
  const tlsDir = path.join(configDir, 'contexts', 'tls', id, 'docker');
  const tls = tlsFilesIn(input, tlsDir, !skipTlsVerify);
  return parseDockerHost(host, { kind: 'context', name }, tls);
}

/** TLS material named by DOCKER_TLS_VERIFY / DOCKER_TLS / DOCKER_CERT_PATH, as the CLI reads it. */
function envTls(input: ResolveInput): TlsFiles | undefined {
  const verify = Boolean(input.env.DOCKER_TLS_VERIFY);
  if (!verify && !input.env.DOCKER_TLS) {
    return undefined;
  }
  const certDir = input.env.DOCKER_CERT_PATH?.trim() || input.env.DOCKER_CONFIG?.trim() || path.join(input.homedir, '.docker');
  return tlsFilesIn(input, certDir, verify) ?? { verify };
}

function tlsFilesIn(input: ResolveInput, dir: string, verify: boolean): TlsFiles | undefined {
  const file = (name: string) => {
    const full = path.join(dir, name);
    return input.exists(full) ? full : undefined;
  };
  const ca = file('ca.pem');
  const cert = file('cert.pem');
  const key = file('key.pem');
  return ca || cert || key ? { ca, cert, key, verify } : undefined;
}
