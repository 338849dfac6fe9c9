import { dockerConfigDir } from './config/DockerConfigFile';
import { credentialKey, isHub, normalizeHost } from './config/registryHost';
import { CredentialStore, type CredentialLocation, type Credentials } from './credentials/CredentialStore';
import { nodeTransport } from './http/nodeTransport';
import { RegistryClient } from './http/RegistryClient';
import { certDirs, readTlsMaterial } from './http/tlsMaterial';
import type { Transport } from './http/transport';
import { DockerHubApi } from './hub/DockerHubApi';

/**
 * The registry layer's entry point: one client per registry host (sharing connections, tokens and
 * the scheme it found), Docker Hub's API, and login/logout through the docker CLI's credentials.
 */
export class RegistryService {
  private readonly clients = new Map<string, RegistryClient>();
  readonly hub: DockerHubApi;
  private readonly transport: Transport & { dispose?(): void; reloadTls?(): void };

  constructor(
    readonly credentials = new CredentialStore(),
    transport?: Transport & { dispose?(): void; reloadTls?(): void },
  ) {
    this.transport = transport ?? nodeTransport(host => readTlsMaterial(host));
    this.hub = new DockerHubApi(this.transport, () => this.credentials.get('docker.io'));
  }

  /** The client for `address` (`127.0.0.1:5000`, `https://registry.example.com/v2/`, `docker.io`). */
  client(address: string): RegistryClient {
    const host = normalizeHost(address);
    const scheme = /^http:\/\//i.test(address.trim()) ? 'http' : /^https:\/\//i.test(address.trim()) && !isHub(host) ? 'https' : undefined;
    const key = `${scheme ?? ''}|${host}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new RegistryClient({
        host,
        scheme,
        transport: this.transport,
        credentials: () => this.credentials.get(host),
        certDirs: certDirs(host, dockerConfigDir()),
      });
      this.clients.set(key, client);
    }
    return client;
  }

  /**
   * Checks the credentials with the registry and only then stores them where the docker CLI would
   * (a wrong password stores nothing). An identity token issued by the token server is stored
   * instead of the password, as `docker login` does.
   */
  async login(address: string, credentials: Credentials, signal?: AbortSignal): Promise<CredentialLocation> {
    const client = this.client(address);
    const { identityToken } = await client.verify(credentials, signal);
    const location = await this.credentials.store(
      client.host,
      identityToken ? { username: credentials.username, identityToken } : credentials,
    );
    this.forget(client.host);
    return location;
  }

  /** `docker logout`: erases the host's credentials; resolves to whether there were any. */
  async logout(address: string): Promise<boolean> {
    const host = normalizeHost(address);
    const had = await this.credentials.erase(host);
    this.forget(host);
    return had;
  }

  /** The server address the engine wants in X-Registry-Auth for `host`. */
  serverAddress(address: string): string {
    return credentialKey(address);
  }

  /** Drops cached tokens for `host` (credentials changed). */
  forget(address: string): void {
    const host = normalizeHost(address);
    for (const [key, client] of this.clients) {
      if (key.endsWith(`|${host}`)) {
        client.reset();
      }
    }
    if (isHub(host)) {
      this.hub.reset();
    }
  }

  /**
   * Starts afresh: clients find their scheme again, tokens are fetched again and certs.d folders are
   * read again (a CA added since), as a Refresh of the whole view expects.
   */
  reconnect(): void {
    this.clients.clear();
    this.hub.reset();
    this.transport.reloadTls?.();
  }

  dispose(): void {
    this.transport.dispose?.();
    this.clients.clear();
  }
}
