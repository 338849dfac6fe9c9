import type { Credentials } from '../credentials/CredentialStore';
import { registryMessage } from '../http/RegistryClient';
import { jsonBody, type HttpResponse, type Transport } from '../http/transport';
import type { Page } from '../api/paging';
import { isAbort, networkError, RegistryError } from '../RegistryError';

/** A tag as Docker Hub's API lists it. */
export interface HubTag {
  readonly name: string;
  readonly digest?: string;
  readonly size?: number;
  readonly lastUpdated?: string;
}

const hubApi = 'https://hub.docker.com';
const pageSize = 100;

/**
 * Docker Hub's own API (hub.docker.com/v2): Hub's registry has no catalog, so the view lists the
 * user's and their organisations' namespaces and repositories from here. It authenticates with a
 * JWT obtained from the stored user name and password (or personal access token).
 */
export class DockerHubApi {
  private jwt: Promise<string> | undefined;

  constructor(
    private readonly transport: Transport,
    private readonly credentials: () => Promise<Credentials | undefined>,
    private readonly base = hubApi,
  ) {}

  /** Forgets the JWT (after a login or logout). */
  reset(): void {
    this.jwt = undefined;
  }

  /** The signed-in user's namespace first, then their organisations'. */
  async namespaces(signal?: AbortSignal): Promise<string[]> {
    const credentials = await this.credentials();
    if (!credentials?.username) {
      throw new RegistryError('unauthorized', 'Log in to Docker Hub to list your repositories.', 'docker.io');
    }
    const orgs: string[] = [];
    let url: string | undefined = `${this.base}/v2/user/orgs/?page_size=${pageSize}`;
    while (url) {
      const body: { next?: string | null; results?: Array<{ orgname?: string }> } = await this.getJson(
        url,
        'the organisation list',
        signal,
      );
      orgs.push(...(body.results ?? []).map(o => o.orgname ?? '').filter(Boolean));
      url = body.next ?? undefined;
    }
    return [credentials.username.toLowerCase(), ...orgs.filter(o => o !== credentials.username.toLowerCase()).sort()];
  }

  /** One page of a namespace's repositories, as `namespace/name`. */
  async repositories(namespace: string, cursor?: string, signal?: AbortSignal): Promise<Page<string>> {
    const url = cursor ?? `${this.base}/v2/repositories/${encodeURIComponent(namespace)}/?page_size=${pageSize}&ordering=name`;
    const body: { next?: string | null; results?: Array<{ name?: string; namespace?: string }> } = await this.getJson(
      url,
      `the repositories of ${namespace}`,
      signal,
    );
    const items = (body.results ?? []).filter(r => r.name).map(r => `${r.namespace ?? namespace}/${r.name}`);
    return { items, next: body.next ?? undefined };
  }

  /** One page of a repository's tags, newest first, with digest and size. */
  async tags(repository: string, cursor?: string, signal?: AbortSignal): Promise<Page<HubTag>> {
    const url = cursor ?? `${this.base}/v2/repositories/${repository}/tags/?page_size=${pageSize}`;
    type RawTag = { name?: string; digest?: string; full_size?: number; last_updated?: string };
    const body: { next?: string | null; results?: RawTag[] } = await this.getJson(url, `the tags of ${repository}`, signal);
    const items = (body.results ?? [])
      .filter(t => t.name)
      .map(t => ({ name: t.name ?? '', digest: t.digest, size: t.full_size, lastUpdated: t.last_updated }));
    return { items, next: body.next ?? undefined };
  }

  /** Deletes one tag (Hub's registry API does not delete; its own API does, per tag). */
  async deleteTag(repository: string, tag: string, signal?: AbortSignal): Promise<void> {
    const response = await this.send(
      'DELETE',
      `${this.base}/v2/repositories/${repository}/tags/${encodeURIComponent(tag)}/`,
      await this.token(signal),
      signal,
    );
    if (response.status !== 204 && response.status !== 200) {
      throw this.statusError(response, `deleting ${repository}:${tag}`);
    }
  }

  private async getJson<T>(url: string, what: string, signal?: AbortSignal): Promise<T> {
    this.checkUrl(url);
    const response = await this.send('GET', url, await this.token(signal), signal);
    if (response.status !== 200) {
      throw this.statusError(response, what);
    }
    return jsonBody<T>(response, what, m => new RegistryError('invalidResponse', `Docker Hub: ${m}`, 'docker.io'));
  }

  private token(signal?: AbortSignal): Promise<string> {
    if (!this.jwt) {
      this.jwt = this.login(signal);
      this.jwt.catch(() => (this.jwt = undefined));
    }
    return this.jwt;
  }

  private async login(signal?: AbortSignal): Promise<string> {
    const credentials = await this.credentials();
    if (!credentials?.username || !credentials.password) {
      throw new RegistryError(
        'unauthorized',
        credentials?.identityToken
          ? "Docker Hub's API needs a password or personal access token; the stored credentials are an identity token. Log in to Docker Hub in Dockhand."
          : 'Log in to Docker Hub to list your repositories.',
        'docker.io',
      );
    }
    const body = JSON.stringify({ username: credentials.username, password: credentials.password });
    const response = await this.send('POST', `${this.base}/v2/users/login`, undefined, signal, body);
    if (response.status === 401) {
      throw new RegistryError('unauthorized', 'Docker Hub refused the stored user name or password. Log in again.', 'docker.io');
    }
    if (response.status !== 200) {
      throw this.statusError(response, 'the login');
    }
    const parsed = jsonBody<{ token?: string }>(
      response,
      'the login',
      m => new RegistryError('invalidResponse', `Docker Hub: ${m}`, 'docker.io'),
    );
    if (!parsed.token) {
      throw new RegistryError('invalidResponse', 'Docker Hub answered the login without a token.', 'docker.io');
    }
    return parsed.token;
  }

  private async send(
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    jwt: string | undefined,
    signal?: AbortSignal,
    body?: string,
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (jwt) {
      headers.authorization = `Bearer ${jwt}`;
    }
    if (body) {
      headers['content-type'] = 'application/json';
    }
    try {
      return await this.transport({ method, url, headers, body }, signal);
    } catch (err) {
      if (isAbort(err)) {
        throw err;
      }
      throw networkError(err, 'hub.docker.com', []);
    }
  }

  /** `next` links come from the API's answers: follow them only on the API's own host. */
  private checkUrl(url: string): void {
    if (new URL(url).origin !== new URL(this.base).origin) {
      throw new RegistryError(
        'invalidResponse',
        `Docker Hub pointed at another host (${new URL(url).host}); Dockhand does not follow it.`,
        'docker.io',
      );
    }
  }

  private statusError(response: HttpResponse, what: string): RegistryError {
    const detail = registryMessage(response);
    const kind =
      response.status === 401 ? 'unauthorized' : response.status === 403 ? 'denied' : response.status === 404 ? 'notFound' : 'failed';
    return new RegistryError(kind, `Docker Hub answered ${what} with HTTP ${response.status}${detail ? `: ${detail}` : ''}.`, 'docker.io');
  }
}
