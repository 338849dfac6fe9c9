// The loopback registries scripts/setup-registries.sh starts, and the test-only credentials they accept.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const registriesStateDir = process.env.DOCKHAND_REGISTRIES_DIR ?? '/tmp/dockhand-registries';

export interface TestRegistry {
  readonly host: string;
  readonly secure: boolean;
  readonly username?: string;
  readonly password?: string;
  /** How the registry authenticates: none, HTTP Basic (htpasswd) or Bearer tokens from the token server. */
  readonly auth: 'none' | 'basic' | 'token';
  readonly deletion: boolean;
}

export const openRegistry: TestRegistry = { host: '127.0.0.1:5001', secure: false, auth: 'none', deletion: true };
export const basicRegistry: TestRegistry = {
  host: '127.0.0.1:5002',
  secure: false,
  auth: 'basic',
  deletion: true,
  username: 'dockhand',
  password: 'dockhand-basic-pw',
};
export const tokenRegistry: TestRegistry = {
  host: '127.0.0.1:5003',
  secure: false,
  auth: 'token',
  deletion: false,
  username: 'dockhand',
  password: 'dockhand-token-pw',
};
export const tlsRegistry: TestRegistry = { host: '127.0.0.1:5005', secure: true, auth: 'none', deletion: true };
export const benchRegistry: TestRegistry = { host: '127.0.0.1:5006', secure: false, auth: 'none', deletion: true };

export const tokenServerPort = 5004;
export const tokenService = 'dockhand-test-registry';
export const tokenIssuer = 'dockhand-test-token-server';

/** The self-signed CA that signed the TLS registry's certificate (what a certs.d folder must hold). */
export function testCaCertificate(): string {
  return fs.readFileSync(path.join(registriesStateDir, 'pki/ca.crt'), 'utf8');
}

/** The folder with the test credential helper `docker-credential-dockhandtest`, to put on PATH. */
export function credentialHelperBin(repoRoot: string): string {
  return path.join(repoRoot, 'test/fixtures/bin');
}
