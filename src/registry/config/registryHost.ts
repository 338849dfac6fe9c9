/**
 * Registry host names as the docker CLI spells them. Docker Hub has several names; its
 * credentials live under the legacy key `https://index.docker.io/v1/`.
 */

/** The key under which the docker CLI stores Docker Hub's credentials. */
export const hubCredentialKey = 'https://index.docker.io/v1/';
/** Docker Hub as an image reference names it. */
export const hubHost = 'docker.io';
/** Where Docker Hub's registry API (V2) answers. */
export const hubRegistryHost = 'registry-1.docker.io';

const hubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/**
 * `https://127.0.0.1:5000/v2/` → `127.0.0.1:5000`; any of Docker Hub's names → `docker.io`. Like the
 * CLI's `ConvertToHostname`: the scheme and path go, the host and port stay (lower-cased).
 */
export function normalizeHost(address: string): string {
  let host = address.trim();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  host = host.split('/')[0] ?? host;
  host = host.toLowerCase();
  return hubAliases.has(host) ? hubHost : host;
}

export function isHub(host: string): boolean {
  return normalizeHost(host) === hubHost;
}

/** The key the CLI uses in config.json and credential helpers for `host`. */
export function credentialKey(host: string): string {
  return isHub(host) ? hubCredentialKey : normalizeHost(host);
}

/** True for registries on this machine (127.0.0.0/8, ::1, localhost), which the engine may reach over plain HTTP. */
export function isLoopback(host: string): boolean {
  const name = hostnameOf(host);
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** `127.0.0.1:5000` → `127.0.0.1`; `[::1]:5000` → `::1`. */
export function hostnameOf(host: string): string {
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (bracket) {
    return bracket[1] ?? host;
  }
  const colon = host.lastIndexOf(':');
  return colon > 0 && host.indexOf(':') === colon ? host.slice(0, colon) : host;
}
