import * as fs from 'node:fs';
import * as path from 'node:path';
import { dockerConfigDir } from '../config/DockerConfigFile';

/** Extra TLS trust and client identity for one registry, read from its certs.d folders. */
export interface TlsMaterial {
  readonly ca: string[];
  readonly cert?: string;
  readonly key?: string;
}

/**
 * The folders the engine reads for `host` (`host:port` as the folder name): the user's
 * `~/.docker/certs.d/<host>/` (under DOCKER_CONFIG when set) and `/etc/docker/certs.d/<host>/`.
 */
export function certDirs(host: string, configDir = dockerConfigDir()): string[] {
  return [path.join(configDir, 'certs.d', host), path.join('/etc/docker/certs.d', host)];
}

/**
 * Reads the folders the way the engine does: every `*.crt` is a CA certificate, and a
 * `name.cert`/`name.key` pair is the client certificate to present.
 */
export async function readTlsMaterial(host: string, configDir = dockerConfigDir()): Promise<TlsMaterial> {
  const ca: string[] = [];
  let cert: string | undefined;
  let key: string | undefined;
  for (const dir of certDirs(host, configDir)) {
    let names: string[];
    try {
      names = (await fs.promises.readdir(dir)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      if (name.endsWith('.crt')) {
        ca.push(await fs.promises.readFile(file, 'utf8'));
      } else if (name.endsWith('.cert') && !cert) {
        const keyFile = path.join(dir, `${name.slice(0, -'.cert'.length)}.key`);
        if (names.includes(path.basename(keyFile))) {
          cert = await fs.promises.readFile(file, 'utf8');
          key = await fs.promises.readFile(keyFile, 'utf8');
        }
      }
    }
  }
  return { ca, cert, key };
}
