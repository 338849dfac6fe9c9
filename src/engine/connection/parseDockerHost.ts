import type { EngineEndpoint, EndpointSource, TlsFiles } from './EngineEndpoint';

/**
 * Parses a docker host URL as `DOCKER_HOST` and contexts spell it:
 * unix:///path, npipe:////./pipe/name, tcp://host[:port], ssh://[user@]host[:port].
 * Throws an Error with a readable message for anything else.
 */
export function parseDockerHost(value: string, source: EndpointSource, tls?: TlsFiles): EngineEndpoint {
  const raw = value.trim();
  const scheme = /^([a-z]+):\/\//i.exec(raw)?.[1]?.toLowerCase();
  if (!scheme) {
    if (raw.startsWith('/')) {
      return { kind: 'unix', socketPath: raw, url: `unix://${raw}`, source };
    }
    throw new Error(
      `"${raw}" is not a Docker host: use unix:///path/to/docker.sock, tcp://host:port, ssh://user@host or npipe:////./pipe/docker_engine.`,
    );
  }
  const rest = raw.slice(scheme.length + 3);
  switch (scheme) {
    case 'unix': {
      const socketPath = rest.startsWith('/') ? rest : `/${rest}`;
      return { kind: 'unix', socketPath, url: `unix://${socketPath}`, source };
    }
    case 'npipe': {
      const pipePath = rest.replace(/\//g, '\\');
      return { kind: 'npipe', pipePath, url: raw, source };
    }
    case 'tcp':
    case 'http':
    case 'https': {
      const { hostname, port } = parseAuthority(rest, raw);
      const defaultPort = tls || scheme === 'https' ? 2376 : 2375;
      const effectiveTls = tls ?? (scheme === 'https' ? { verify: false } : undefined);
      const p = port ?? defaultPort;
      return { kind: 'tcp', host: hostname, port: p, tls: effectiveTls, url: `tcp://${formatHost(hostname)}:${p}`, source };
    }
    case 'ssh': {
      const at = rest.lastIndexOf('@', rest.indexOf('/') === -1 ? undefined : rest.indexOf('/'));
      const username = at > 0 ? decodeURIComponent(rest.slice(0, at)) : undefined;
      const { hostname, port } = parseAuthority(at >= 0 ? rest.slice(at + 1) : rest, raw);
      const url = `ssh://${username ? `${username}@` : ''}${formatHost(hostname)}${port === undefined ? '' : `:${port}`}`;
      return { kind: 'ssh', host: hostname, port, username, url, source };
    }
    default:
      throw new Error(`Unsupported Docker host scheme "${scheme}://" in "${raw}": use unix, tcp, ssh or npipe.`);
  }
}

function parseAuthority(authority: string, whole: string): { hostname: string; port?: number } {
  const hostPart = authority.split('/')[0] ?? '';
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPart);
  const plain = /^([^:[\]]+)(?::(\d+))?$/.exec(hostPart);
  const match = bracketed ?? plain;
  if (!match || !match[1]) {
    throw new Error(`"${whole}" has no host name.`);
  }
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new Error(`"${whole}" has an invalid port.`);
  }
  return { hostname: match[1], port };
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
