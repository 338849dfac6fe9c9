// A small implementation of the distribution token specification (docs/spec/auth/token.md) for the
// token-authenticated test registry: GET /token with basic credentials or anonymously, offline
// (refresh) tokens for `docker login`, and POST /token with a refresh token or a password (OAuth2).
// Tokens are RS256 JWTs carrying the signing certificate in `x5c`; the registry trusts that
// certificate through its rootcertbundle.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { registriesStateDir, tokenIssuer, tokenRegistry, tokenServerPort, tokenService } from './testRegistries';

interface Access {
  type: string;
  name: string;
  actions: string[];
}

const users = new Map([[tokenRegistry.username ?? '', tokenRegistry.password ?? '']]);
const lifetimeSeconds = 300;

export interface TokenServer {
  /** Token requests answered since start, for tests that check caching. */
  readonly requests: Array<{ method: string; scope: string[]; account?: string }>;
  close(): Promise<void>;
}

/** Signs a token granting `access` (also used by test seeding, which needs no HTTP round trip). */
export function mintToken(subject: string, access: Access[]): string {
  const pki = path.join(registriesStateDir, 'pki');
  const key = fs.readFileSync(path.join(pki, 'token.key'), 'utf8');
  const certPem = fs.readFileSync(path.join(pki, 'token.crt'), 'utf8');
  const der = new crypto.X509Certificate(certPem).raw.toString('base64');
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', x5c: [der] };
  const claims = {
    iss: tokenIssuer,
    sub: subject,
    aud: tokenService,
    exp: now + lifetimeSeconds,
    nbf: now - 10,
    iat: now,
    jti: crypto.randomUUID(),
    access,
  };
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(claims)}`;
  const signature = crypto.sign('sha256', Buffer.from(unsigned), key).toString('base64url');
  return `${unsigned}.${signature}`;
}

/** `repository:team/app:pull,push` → access entries (every requested action granted to a signed-in user). */
export function parseScopes(scopes: string[]): Access[] {
  return scopes
    .flatMap(s => s.split(' '))
    .filter(Boolean)
    .map(scope => {
      const first = scope.indexOf(':');
      const last = scope.lastIndexOf(':');
      return {
        type: scope.slice(0, first),
        name: scope.slice(first + 1, last),
        actions: scope
          .slice(last + 1)
          .split(',')
          .filter(Boolean),
      };
    });
}

/**
 * Starts the token server on 127.0.0.1:5004. When the port is taken (another test run serves the
 * same keys), resolves to a handle that does not own it.
 */
export async function startTokenServer(): Promise<TokenServer> {
  const requests: TokenServer['requests'] = [];
  const refreshTokens = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const form = req.method === 'POST' ? new URLSearchParams(Buffer.concat(chunks).toString('utf8')) : url.searchParams;
      const scopes = form.getAll('scope');
      const send = (status: number, body: object) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const refuse = () => send(401, { errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] });
      if (url.pathname !== '/token') {
        send(404, { errors: [{ code: 'NOT_FOUND', message: 'no such endpoint' }] });
        return;
      }
      let user: string | undefined;
      if (req.method === 'POST') {
        const grant = form.get('grant_type');
        if (grant === 'refresh_token') {
          user = refreshTokens.get(form.get('refresh_token') ?? '');
        } else if (grant === 'password' && users.get(form.get('username') ?? '') === form.get('password')) {
          user = form.get('username') ?? undefined;
        }
        if (!user) {
          refuse();
          return;
        }
      } else {
        const header = req.headers.authorization ?? '';
        if (header.startsWith('Basic ')) {
          const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
          const colon = decoded.indexOf(':');
          const [name, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
          if (users.get(name) !== password) {
            refuse();
            return;
          }
          user = name;
        }
      }
      requests.push({ method: req.method ?? 'GET', scope: scopes, account: user });
      // Anonymous callers get a token without access: the registry then answers 401 itself.
      const token = mintToken(user ?? '', user ? parseScopes(scopes) : []);
      const body: Record<string, unknown> = {
        token,
        access_token: token,
        expires_in: lifetimeSeconds,
        issued_at: new Date().toISOString(),
      };
      if (user && form.get('offline_token') === 'true') {
        const refresh = crypto.randomBytes(24).toString('hex');
        refreshTokens.set(refresh, user);
        body.refresh_token = refresh;
      }
      if (req.method === 'POST' && form.get('grant_type') === 'refresh_token') {
        body.refresh_token = form.get('refresh_token');
      }
      send(200, body);
    });
  });
  const owned = await new Promise<boolean>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? resolve(false) : reject(err)));
    server.listen(tokenServerPort, '127.0.0.1', () => resolve(true));
  });
  return {
    requests,
    close: () => (owned ? new Promise<void>(resolve => server.close(() => resolve())) : Promise.resolve()),
  };
}
