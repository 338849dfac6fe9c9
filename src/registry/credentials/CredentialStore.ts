import { DockerConfigFile, type DockerConfig } from '../config/DockerConfigFile';
import { credentialKey, normalizeHost } from '../config/registryHost';
import { helperErase, helperGet, helperList, helperStore } from './credentialHelper';

/** Credentials for one registry: a password (or access token), or an identity (refresh) token. */
export interface Credentials {
  readonly username: string;
  readonly password?: string;
  /** An OAuth refresh token the registry's token server issued at login (`identitytoken`). */
  readonly identityToken?: string;
}

/** Where the credentials of a host live, as the docker CLI decides it. */
export type CredentialLocation = { readonly kind: 'helper'; readonly helper: string } | { readonly kind: 'file'; readonly path: string };

/** The username a credential helper stores for an identity token (docker/cli's `tokenUsername`). */
const tokenUsername = '<token>';

/**
 * The docker CLI's credential resolution, read fresh from config.json on every call:
 * `credHelpers[host]`, then `credsStore`, then `auths[host]` (base64 `user:password`, or an
 * `identitytoken`). Storing goes where the CLI would store, so `docker pull` works after a
 * Dockhand login and the other way round. Secrets never leave this class except to the caller.
 */
export class CredentialStore {
  constructor(readonly file = new DockerConfigFile()) {}

  /** Which program or file holds `host`'s credentials. */
  async location(host: string): Promise<CredentialLocation> {
    const helper = helperFor(await this.file.read(), host);
    return helper ? { kind: 'helper', helper } : { kind: 'file', path: this.file.path };
  }

  async get(host: string): Promise<Credentials | undefined> {
    const config = await this.file.read();
    const key = credentialKey(host);
    const helper = helperFor(config, host);
    if (helper) {
      const found = await helperGet(helper, key);
      if (!found) {
        return undefined;
      }
      return found.Username === tokenUsername
        ? { username: '', identityToken: found.Secret }
        : { username: found.Username, password: found.Secret };
    }
    const entry = authEntry(config, host);
    if (!entry) {
      return undefined;
    }
    const [username, password] = decodeAuth(entry.value.auth, entry.value.username, entry.value.password);
    if (entry.value.identitytoken) {
      return { username, identityToken: entry.value.identitytoken };
    }
    return username || password ? { username, password } : undefined;
  }

  async store(host: string, credentials: Credentials): Promise<CredentialLocation> {
    const config = await this.file.read();
    const key = credentialKey(host);
    const helper = helperFor(config, host);
    if (helper) {
      const identity = credentials.identityToken;
      await helperStore(helper, {
        ServerURL: key,
        Username: identity ? tokenUsername : credentials.username,
        Secret: identity ?? credentials.password ?? '',
      });
      // The CLI keeps an empty auths entry for hosts whose secrets live in a helper.
      await this.file.update(c => {
        removeAuthEntries(c, host);
        (c.auths ??= {})[key] = {};
      });
      return { kind: 'helper', helper };
    }
    await this.file.update(c => {
      removeAuthEntries(c, host);
      const auth = Buffer.from(`${credentials.username}:${credentials.identityToken ? '' : (credentials.password ?? '')}`).toString(
        'base64',
      );
      (c.auths ??= {})[key] = credentials.identityToken ? { auth, identitytoken: credentials.identityToken } : { auth };
    });
    return { kind: 'file', path: this.file.path };
  }

  /** Forgets `host`'s credentials (`docker logout`); resolves to whether there were any. */
  async erase(host: string): Promise<boolean> {
    const config = await this.file.read();
    const helper = helperFor(config, host);
    const had = !!authEntry(config, host) || (helper ? !!(await helperGet(helper, credentialKey(host))) : false);
    if (helper) {
      await helperErase(helper, credentialKey(host));
    }
    if (authEntry(config, host)) {
      await this.file.update(c => removeAuthEntries(c, host));
    }
    return had;
  }

  /**
   * Every registry the configuration knows: `auths`, `credHelpers`, and what `credsStore` lists.
   * A helper that fails to list is reported in `problems`, and the rest still counts.
   */
  async knownHosts(): Promise<{ hosts: string[]; problems: string[] }> {
    const config = await this.file.read();
    const hosts = new Set<string>();
    for (const key of [...Object.keys(config.auths ?? {}), ...Object.keys(config.credHelpers ?? {})]) {
      hosts.add(normalizeHost(key));
    }
    const problems: string[] = [];
    if (config.credsStore) {
      try {
        for (const key of await helperList(config.credsStore)) {
          hosts.add(normalizeHost(key));
        }
      } catch (err) {
        problems.push((err as Error).message);
      }
    }
    hosts.delete('');
    return { hosts: [...hosts].sort(), problems };
  }
}

function helperFor(config: DockerConfig, host: string): string | undefined {
  const wanted = normalizeHost(host);
  for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
    if (normalizeHost(key) === wanted && helper) {
      return helper;
    }
  }
  return config.credsStore || undefined;
}

type AuthValue = NonNullable<DockerConfig['auths']>[string];

function authEntry(config: DockerConfig, host: string): { key: string; value: AuthValue } | undefined {
  const auths = config.auths ?? {};
  const exact = auths[credentialKey(host)];
  if (exact) {
    return { key: credentialKey(host), value: exact };
  }
  const wanted = normalizeHost(host);
  const key = Object.keys(auths).find(k => normalizeHost(k) === wanted);
  const value = key === undefined ? undefined : auths[key];
  return key === undefined || !value ? undefined : { key, value };
}

function removeAuthEntries(config: DockerConfig, host: string): void {
  const wanted = normalizeHost(host);
  for (const key of Object.keys(config.auths ?? {})) {
    if (normalizeHost(key) === wanted) {
      delete config.auths?.[key];
    }
  }
}

function decodeAuth(auth: string | undefined, username = '', password = ''): [string, string] {
  if (!auth) {
    return [username, password];
  }
  const text = Buffer.from(auth, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? [text, ''] : [text.slice(0, colon), text.slice(colon + 1)];
}
