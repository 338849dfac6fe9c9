import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { EngineEndpoint, TlsFiles } from '../connection/EngineEndpoint';
import type { ConnectOptions } from './ConnectOptions';
import { findExecutable } from './findExecutable';

/**
 * The environment for a docker or compose CLI Dockhand starts (compose up/down, stack deploy), so
 * that it reaches the engine Dockhand uses the way Dockhand does: DOCKER_HOST (the CLI's own
 * context cleared), the TLS files as DOCKER_CERT_PATH, and for ssh:// the same ssh config.
 *
 * The docker CLI (cli/connhelper) and compose (v1 through a shell, v2 through the CLI's helper)
 * run the program named `ssh` found on PATH, with no option to pass `-F`; so when
 * `dockhand.engine.sshConfigFile` is set, a private folder holding an `ssh` that runs the real
 * one with `-F <file>` goes first on PATH.
 */
export function cliEnvironment(
  endpoint: EngineEndpoint,
  options: ConnectOptions = {},
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, DOCKER_HOST: endpoint.url };
  for (const name of ['DOCKER_CONTEXT', 'DOCKER_TLS_VERIFY', 'DOCKER_TLS', 'DOCKER_CERT_PATH']) {
    delete env[name];
  }
  if (endpoint.kind === 'tcp' && endpoint.tls) {
    const folder = certFolder(endpoint.tls);
    if (folder) {
      env.DOCKER_CERT_PATH = folder;
    }
    env[endpoint.tls.verify ? 'DOCKER_TLS_VERIFY' : 'DOCKER_TLS'] = '1';
    if (endpoint.tls.ca) {
      // compose v1's HTTP library prefers these bundles to the engine's CA (and then cannot
      // verify the engine); the CLIs talk to no one but the engine, so they go.
      delete env.REQUESTS_CA_BUNDLE;
      delete env.CURL_CA_BUNDLE;
    }
  }
  if (endpoint.kind === 'ssh') {
    if (options.sshConfigFile) {
      const wrapper = sshWrapperFolder(options.sshConfigFile, env);
      if (wrapper) {
        const key = Object.keys(env).find(k => k.toUpperCase() === 'PATH') ?? 'PATH';
        env[key] = [wrapper, env[key]].filter(Boolean).join(path.delimiter);
      }
    }
    env.DOCKER_HOST = withConfiguredPort(endpoint, env);
  }
  return env;
}

/**
 * compose v1 (docker-py) adds `-p 22` to an ssh:// URL without a port, overriding the ssh
 * config's Port; the docker CLI leaves the port to ssh. The port ssh would use (`ssh -G`), written
 * into the URL, makes both connect where ssh itself would.
 */
function withConfiguredPort(endpoint: Extract<EngineEndpoint, { kind: 'ssh' }>, env: NodeJS.ProcessEnv): string {
  if (endpoint.port !== undefined) {
    return endpoint.url;
  }
  let resolved = '';
  try {
    resolved = execFileSync('ssh', ['-G', ...(endpoint.username ? ['-l', endpoint.username] : []), '--', endpoint.host], {
      env,
      encoding: 'utf8',
      timeout: 5000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return endpoint.url;
  }
  const port = /^port (\d+)$/m.exec(resolved)?.[1];
  if (!port || port === '22') {
    return endpoint.url;
  }
  const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
  return `ssh://${endpoint.username ? `${endpoint.username}@` : ''}${host}:${port}`;
}

const standardNames = { ca: 'ca.pem', cert: 'cert.pem', key: 'key.pem' } as const;

/**
 * DOCKER_CERT_PATH names a folder of ca.pem, cert.pem and key.pem. A context's TLS files are
 * stored that way; files named otherwise (or in several folders) are linked into a private one.
 */
function certFolder(tls: TlsFiles): string | undefined {
  const files = (Object.keys(standardNames) as Array<keyof typeof standardNames>).filter(k => tls[k]);
  if (files.length === 0) {
    return undefined;
  }
  const folders = new Set(files.map(k => path.dirname(tls[k] as string)));
  const [only] = folders;
  if (folders.size === 1 && only && files.every(k => path.basename(tls[k] as string) === standardNames[k])) {
    return only;
  }
  const folder = privateFolder(`tls-${files.map(k => tls[k]).join('|')}`);
  for (const k of files) {
    const link = path.join(folder, standardNames[k]);
    fs.rmSync(link, { force: true });
    try {
      fs.symlinkSync(tls[k] as string, link);
    } catch {
      // Symbolic links may need a privilege on Windows: a copy then.
      fs.copyFileSync(tls[k] as string, link);
    }
  }
  return folder;
}

/** A folder whose `ssh` runs the real ssh with `-F configFile`; undefined when there is no ssh. */
function sshWrapperFolder(configFile: string, env: NodeJS.ProcessEnv): string | undefined {
  // Never our own wrapper (an env that already went through here).
  const own = new Set(folders.values());
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(d => !own.has(d));
  const real = findExecutable('ssh', { ...env, PATH: dirs.join(path.delimiter), Path: undefined });
  if (!real) {
    return undefined;
  }
  const folder = privateFolder(`ssh-${real}|${configFile}`);
  if (process.platform === 'win32') {
    fs.writeFileSync(path.join(folder, 'ssh.cmd'), `@"${real}" -F "${configFile}" %*\r\n`);
  } else {
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    fs.writeFileSync(path.join(folder, 'ssh'), `#!/bin/sh\nexec ${quote(real)} -F ${quote(configFile)} "$@"\n`, { mode: 0o700 });
  }
  return folder;
}

const folders = new Map<string, string>();

/** One private (0700) folder per purpose for this process's lifetime, removed when it exits. */
function privateFolder(purpose: string): string {
  let folder = folders.get(purpose);
  if (!folder || !fs.existsSync(folder)) {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-cli-'));
    folders.set(purpose, folder);
    if (folders.size === 1) {
      process.once('exit', () => {
        for (const f of folders.values()) {
          fs.rmSync(f, { recursive: true, force: true });
        }
      });
    }
  }
  return folder;
}
