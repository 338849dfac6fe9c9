import { isHub, isLoopback, hubRegistryHost } from '../config/registryHost';
import type { Credentials } from '../credentials/CredentialStore';
import { isAbort, networkError, RegistryError } from '../RegistryError';
import { parseChallenge, type AuthChallenge } from './headers';
import { TokenCache } from './TokenCache';
import { jsonBody, type HttpResponse, type Transport } from './transport';

export interface RegistryClientOptions {
  /** The registry as image references name it: `127.0.0.1:5000`, `docker.io`. */
  readonly host: string;
  readonly transport: Transport;
  /** The stored credentials, looked up when the registry asks for them. */
  readonly credentials: () => Promise<Credentials | undefined>;
  /** `http` or `https` when the user gave a URL with a scheme; otherwise the client finds out. */
  readonly scheme?: 'http' | 'https';
  /** Where CA certificates for this host are looked for (named in TLS errors). */
  readonly certDirs: readonly string[];
}

export interface RegistryRequest {
  readonly method?: 'GET' | 'HEAD' | 'DELETE' | 'PUT' | 'POST';
  /** A path under the registry (`/v2/_catalog?n=100`) or an absolute URL (a `Link` target). */
  readonly path: string;
  /** The token scope the request needs, e.g. `repository:team/app:pull`. */
  readonly scope?: string;
  readonly accept?: readonly string[];
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

interface TokenResponse {
  token?: string;
  access_token?: string;
  expires_in?: number;
  issued_at?: string;
  refresh_token?: string;
}

const redirects = new Set([301, 302, 303, 307, 308]);

/**
 * Talks the registry HTTP API V2 to one registry: finds its scheme (plain HTTP only for loopback
 * registries that do not speak TLS, as the engine allows), answers its authentication challenge
 * (Bearer tokens from the token server, cached per scope until expiry, with basic credentials,
 * an identity token or anonymously; or Basic authentication), and follows blob redirects.
 */
export class RegistryClient {
  private base: Promise<string> | undefined;
  private challenge: AuthChallenge | undefined;
  private readonly tokens = new TokenCache();

  constructor(private readonly options: RegistryClientOptions) {}

  get host(): string {
    return this.options.host;
  }

  /** Forgets tokens and the challenge (after a login or logout). */
  reset(): void {
    this.tokens.clear();
    this.challenge = undefined;
  }

  /** Sends `request` with whatever authentication the registry asks for; any HTTP status resolves. */
  async request(request: RegistryRequest, signal?: AbortSignal): Promise<HttpResponse> {
    const base = await this.baseUrl(signal);
    let url = /^https?:\/\//.test(request.path) ? request.path : `${base}${request.path}`;
    let response = await this.authorized(url, request, false, signal);
    for (let hop = 0; hop < 5 && redirects.has(response.status) && (request.method ?? 'GET') === 'GET'; hop++) {
      const location = response.headers.location;
      if (!location) {
        break;
      }
      const next = new URL(location, url);
      // Blob storage elsewhere (a CDN, S3) gets no registry credentials.
      const sameHost = next.host === new URL(url).host;
      url = next.toString();
      response = sameHost ? await this.authorized(url, request, false, signal) : await this.send(url, request, {}, signal);
    }
    return response;
  }

  /** Like `request`, then fails with a classified error unless the status is one of `ok`. */
  async expect(request: RegistryRequest, what: string, signal?: AbortSignal, ok: readonly number[] = [200]): Promise<HttpResponse> {
    const response = await this.request(request, signal);
    if (!ok.includes(response.status)) {
      throw this.statusError(response, what);
    }
    return response;
  }

  /**
   * Checks `credentials` against the registry without storing anything, as `docker login` does:
   * resolves with the identity token the token server issued, if it issued one.
   */
  async verify(credentials: Credentials, signal?: AbortSignal): Promise<{ identityToken?: string }> {
    const base = await this.baseUrl(signal);
    const probe = await this.send(`${base}/v2/`, {}, {}, signal);
    if (probe.status === 200) {
      return {};
    }
    const challenge = parseChallenge(probe.headers['www-authenticate']);
    if (probe.status !== 401 || !challenge) {
      throw this.statusError(probe, 'the login check');
    }
    if (challenge.scheme === 'basic') {
      const checked = await this.send(`${base}/v2/`, {}, { authorization: basic(credentials) }, signal);
      if (checked.status === 401) {
        throw this.wrongCredentials();
      }
      if (checked.status !== 200) {
        throw this.statusError(checked, 'the login check');
      }
      return {};
    }
    const token = await this.fetchToken(challenge, undefined, credentials, true, signal);
    return token.refresh_token ? { identityToken: token.refresh_token } : {};
  }

  /** The error for an unexpected status, with the registry's own explanation when it gave one. */
  statusError(response: HttpResponse, what: string): RegistryError {
    const host = this.host;
    const detail = registryMessage(response);
    const suffix = detail ? `: ${detail}` : '';
    switch (response.status) {
      case 401:
        return new RegistryError('unauthorized', `${host} requires authentication for ${what}${suffix}. Log in to the registry.`, host);
      case 403:
        return new RegistryError('denied', `${host} denied ${what}${suffix}.`, host);
      case 404:
        return new RegistryError('notFound', `${host} has no ${what}${suffix}.`, host);
      case 405:
        return new RegistryError('unsupported', `${host} does not allow ${what} (HTTP 405${suffix}).`, host);
      default:
        return new RegistryError('failed', `${host} answered ${what} with HTTP ${response.status}${suffix}.`, host);
    }
  }

  private async authorized(url: string, request: RegistryRequest, retried: boolean, signal?: AbortSignal): Promise<HttpResponse> {
    const headers: Record<string, string> = {};
    const authorization = await this.cachedAuthorization(request.scope);
    if (authorization) {
      headers.authorization = authorization;
    }
    const response = await this.send(url, request, headers, signal);
    if (response.status !== 401 || retried) {
      return response;
    }
    const challenge = parseChallenge(response.headers['www-authenticate']);
    if (!challenge) {
      return response;
    }
    this.challenge = challenge;
    if (challenge.scheme === 'bearer') {
      const scope = challenge.params.scope ?? request.scope;
      const credentials = await this.options.credentials();
      const token = await this.fetchToken(challenge, scope, credentials, false, signal);
      const value = token.token ?? token.access_token ?? '';
      this.tokens.set(scope ?? '', value, token.expires_in, token.issued_at);
      if (request.scope && scope !== request.scope) {
        this.tokens.set(request.scope, value, token.expires_in, token.issued_at);
      }
    } else if (!(await this.options.credentials())) {
      return response;
    }
    return this.authorized(url, request, true, signal);
  }

  private async cachedAuthorization(scope: string | undefined): Promise<string | undefined> {
    if (!this.challenge) {
      return undefined;
    }
    if (this.challenge.scheme === 'basic') {
      const credentials = await this.options.credentials();
      return credentials ? basic(credentials) : undefined;
    }
    const token = this.tokens.get(scope ?? '');
    return token ? `Bearer ${token}` : undefined;
  }

  /** The distribution token flow: GET the realm (basic credentials or none), or POST a refresh token. */
  private async fetchToken(
    challenge: AuthChallenge,
    scope: string | undefined,
    credentials: Credentials | undefined,
    login: boolean,
    signal?: AbortSignal,
  ): Promise<TokenResponse> {
    const realm = challenge.params.realm;
    if (!realm || !/^https?:\/\//.test(realm)) {
      throw new RegistryError('invalidResponse', `${this.host} asked for a token without a usable realm (${realm ?? 'none'}).`, this.host);
    }
    const service = challenge.params.service;
    let response: HttpResponse;
    if (credentials?.identityToken && !login) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.identityToken, client_id: 'dockhand' });
      if (service) {
        form.set('service', service);
      }
      if (scope) {
        form.set('scope', scope);
      }
      response = await this.send(
        realm,
        { method: 'POST', body: form.toString() },
        { 'content-type': 'application/x-www-form-urlencoded' },
        signal,
      );
    } else {
      const url = new URL(realm);
      if (service) {
        url.searchParams.set('service', service);
      }
      for (const s of scope ? scope.split(' ') : []) {
        url.searchParams.append('scope', s);
      }
      if (credentials?.username) {
        url.searchParams.set('account', credentials.username);
      }
      if (login) {
        url.searchParams.set('offline_token', 'true');
        url.searchParams.set('client_id', 'dockhand');
      }
      const headers: Record<string, string> = credentials && !credentials.identityToken ? { authorization: basic(credentials) } : {};
      response = await this.send(url.toString(), {}, headers, signal);
    }
    if (response.status === 401 || response.status === 403) {
      throw credentials
        ? this.wrongCredentials()
        : new RegistryError('unauthorized', `${this.host} requires authentication. Log in to the registry.`, this.host);
    }
    if (response.status !== 200) {
      throw new RegistryError(
        'failed',
        `The token server of ${this.host} answered HTTP ${response.status}${suffixOf(registryMessage(response))}.`,
        this.host,
      );
    }
    const body = jsonBody<TokenResponse>(
      response,
      'the token request',
      m => new RegistryError('invalidResponse', `${this.host}: ${m}`, this.host),
    );
    if (!body.token && !body.access_token) {
      throw new RegistryError('invalidResponse', `The token server of ${this.host} answered without a token.`, this.host);
    }
    return body;
  }

  private wrongCredentials(): RegistryError {
    return new RegistryError(
      'unauthorized',
      `${this.host} refused the user name or password (HTTP 401). Check them and log in again.`,
      this.host,
    );
  }

  private baseUrl(signal?: AbortSignal): Promise<string> {
    if (!this.base) {
      this.base = this.findBase(signal);
      // A failed probe is not remembered: Refresh tries again.
      this.base.catch(() => (this.base = undefined));
    }
    return this.base;
  }

  private async findBase(signal?: AbortSignal): Promise<string> {
    const host = isHub(this.host) ? hubRegistryHost : this.host;
    if (this.options.scheme) {
      return `${this.options.scheme}://${host}`;
    }
    const secure = `https://${host}`;
    try {
      await this.send(`${secure}/v2/`, {}, {}, signal);
      return secure;
    } catch (err) {
      // A loopback registry that speaks plain HTTP answers the TLS handshake with an HTTP error page.
      const code = (err as { cause?: { code?: string } }).cause?.code ?? '';
      if (
        !isAbort(err) &&
        isLoopback(host) &&
        /^(EPROTO|ERR_SSL_WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG|ECONNRESET)$/.test(code)
      ) {
        await this.send(`http://${host}/v2/`, {}, {}, signal);
        return `http://${host}`;
      }
      throw err;
    }
  }

  private async send(
    url: string,
    request: Pick<RegistryRequest, 'method' | 'accept' | 'headers' | 'body'>,
    auth: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { ...request.headers, ...auth };
    if (request.accept?.length) {
      headers.accept = request.accept.join(', ');
    }
    try {
      return await this.options.transport({ method: request.method ?? 'GET', url, headers, body: request.body }, signal);
    } catch (err) {
      if (isAbort(err)) {
        throw err;
      }
      throw networkError(err, this.host, this.options.certDirs);
    }
  }
}

function basic(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password ?? ''}`).toString('base64')}`;
}

function suffixOf(detail: string | undefined): string {
  return detail ? `: ${detail}` : '';
}

/** The first message of a registry error body (`{"errors":[{"code":"…","message":"…"}]}`), if any. */
export function registryMessage(response: HttpResponse): string | undefined {
  const text = response.body.toString('utf8').trim();
  if (!text) {
    return undefined;
  }
  try {
    const body = JSON.parse(text) as { errors?: Array<{ code?: string; message?: string }>; message?: string; detail?: string };
    const first = body.errors?.[0];
    if (first) {
      return [first.code, first.message].filter(Boolean).join(' ');
    }
    return body.message ?? body.detail;
  } catch {
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  }
}
