import * as assert from 'node:assert/strict';
import {
  RegistryClient,
  catalogPage,
  deleteManifest,
  getManifest,
  tagsOnDigest,
  type Credentials,
  type HttpRequest,
} from '../../../src/registry';
import { fakeTransport, socketError, type Handler } from './fakeTransport';

const bearer = 'Bearer realm="http://127.0.0.1:5004/token",service="test-registry"';

function client(handler: Handler, credentials?: Credentials, host = '127.0.0.1:5003') {
  const transport = fakeTransport(handler);
  return {
    transport,
    client: new RegistryClient({ host, transport, credentials: () => Promise.resolve(credentials), certDirs: ['/certs.d/x'] }),
  };
}

const header = (r: HttpRequest, name: string) => r.headers?.[name];

/** A token registry: /v2/ paths need `Bearer token-for-<scope>`; the realm issues such tokens to dockhand:pw. */
function tokenRegistry(onToken: (r: HttpRequest) => void = () => undefined): Handler {
  return r => {
    const url = new URL(r.url);
    if (url.pathname === '/token') {
      onToken(r);
      if (r.method === 'POST') {
        const form = new URLSearchParams(String(r.body));
        return form.get('refresh_token') === 'refresh-1'
          ? { json: { access_token: `token-for-${form.get('scope')}`, expires_in: 300 } }
          : { status: 401 };
      }
      if (header(r, 'authorization') !== `Basic ${Buffer.from('dockhand:pw').toString('base64')}`) {
        return url.searchParams.has('scope') && !header(r, 'authorization')
          ? { json: { token: 'anonymous' } }
          : { status: 401, json: { errors: [{ code: 'UNAUTHORIZED' }] } };
      }
      const body: Record<string, unknown> = { token: `token-for-${url.searchParams.getAll('scope').join(' ')}`, expires_in: 300 };
      if (url.searchParams.get('offline_token') === 'true') {
        body.refresh_token = 'refresh-1';
      }
      return { json: body };
    }
    if (r.url.startsWith('https://')) {
      return socketError('EPROTO', 'wrong version number');
    }
    const scope =
      url.pathname === '/v2/_catalog' ? 'registry:catalog:*' : `repository:${url.pathname.split('/').slice(2, -2).join('/')}:pull`;
    if (url.pathname !== '/v2/' && header(r, 'authorization') === `Bearer token-for-${scope}`) {
      return { json: { repositories: ['a', 'b'] } };
    }
    return { status: 401, headers: { 'www-authenticate': url.pathname === '/v2/' ? bearer : `${bearer},scope="${scope}"` } };
  };
}

describe('RegistryClient', () => {
  it('answers a Bearer challenge with a token for the scope, and reuses it until it expires', async () => {
    const tokens: HttpRequest[] = [];
    const { client: c, transport } = client(
      tokenRegistry(r => tokens.push(r)),
      { username: 'dockhand', password: 'pw' },
    );
    assert.deepEqual((await catalogPage(c)).items, ['a', 'b']);
    assert.deepEqual((await catalogPage(c)).items, ['a', 'b']);
    assert.equal(tokens.length, 1, 'one token request for two catalog pages');
    const tokenUrl = new URL(tokens[0]?.url ?? '');
    assert.equal(tokenUrl.searchParams.get('scope'), 'registry:catalog:*');
    assert.equal(tokenUrl.searchParams.get('service'), 'test-registry');
    assert.equal(tokenUrl.searchParams.get('account'), 'dockhand');
    // The second catalog request went straight out with the cached token.
    const catalogRequests = transport.requests.filter(r => r.url.includes('_catalog'));
    assert.equal(header(catalogRequests.at(-1) as HttpRequest, 'authorization'), 'Bearer token-for-registry:catalog:*');
    assert.equal(catalogRequests.length, 3);
  });

  it('fetches a separate token per repository scope', async () => {
    const tokens: string[] = [];
    const { client: c } = client(
      tokenRegistry(r => tokens.push(new URL(r.url).searchParams.get('scope') ?? '')),
      { username: 'dockhand', password: 'pw' },
    );
    await c.expect({ path: '/v2/one/tags/list', scope: 'repository:one:pull' }, 'tags');
    await c.expect({ path: '/v2/two/tags/list', scope: 'repository:two:pull' }, 'tags');
    await c.expect({ path: '/v2/one/tags/list', scope: 'repository:one:pull' }, 'tags');
    assert.deepEqual(tokens, ['repository:one:pull', 'repository:two:pull']);
  });

  it('exchanges an identity token at the token endpoint with an OAuth2 POST', async () => {
    const posts: HttpRequest[] = [];
    const { client: c } = client(
      tokenRegistry(r => r.method === 'POST' && posts.push(r)),
      { username: '', identityToken: 'refresh-1' },
    );
    assert.deepEqual((await catalogPage(c)).items, ['a', 'b']);
    const form = new URLSearchParams(String(posts[0]?.body));
    assert.equal(form.get('grant_type'), 'refresh_token');
    assert.equal(form.get('client_id'), 'dockhand');
    assert.equal(header(posts[0], 'content-type'), 'application/x-www-form-urlencoded');
  });

  it('verifies a login and returns the identity token the token server issues for offline access', async () => {
    const { client: c } = client(tokenRegistry());
    assert.deepEqual(await c.verify({ username: 'dockhand', password: 'pw' }), { identityToken: 'refresh-1' });
    await assert.rejects(
      c.verify({ username: 'dockhand', password: 'nope' }),
      (e: Error & { kind?: string }) => e.kind === 'unauthorized' && /refused the user name or password/.test(e.message),
    );
  });

  it('says a login is needed when the registry gives an anonymous token no access', async () => {
    const { client: c } = client(tokenRegistry());
    await assert.rejects(
      catalogPage(c),
      (e: Error & { kind?: string }) => e.kind === 'unauthorized' && /requires authentication.*Log in/.test(e.message),
    );
  });

  it('answers a Basic challenge with the stored credentials', async () => {
    const expected = `Basic ${Buffer.from('u:p').toString('base64')}`;
    const { client: c } = client(
      r =>
        r.url.startsWith('https')
          ? socketError('ERR_SSL_WRONG_VERSION_NUMBER')
          : header(r, 'authorization') === expected
            ? { json: { repositories: ['x'] } }
            : { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } },
      { username: 'u', password: 'p' },
      '127.0.0.1:5002',
    );
    assert.deepEqual((await catalogPage(c)).items, ['x']);
    await assert.rejects(c.verify({ username: 'u', password: 'bad' }), (e: Error & { kind?: string }) => e.kind === 'unauthorized');
  });

  it('uses plain HTTP only for a loopback registry that does not speak TLS', async () => {
    const local = client(r => (r.url.startsWith('https') ? socketError('EPROTO') : { json: { repositories: [] } }));
    await catalogPage(local.client);
    assert.ok(local.transport.requests.at(-1)?.url.startsWith('http://127.0.0.1:5003/'));
    const remote = client(
      r => (r.url.startsWith('https') ? socketError('EPROTO', 'wrong version number') : { json: { repositories: [] } }),
      undefined,
      'registry.example.com',
    );
    await assert.rejects(catalogPage(remote.client), (e: Error & { kind?: string }) => e.kind === 'tls' && /certs\.d\/x/.test(e.message));
    assert.ok(remote.transport.requests.every(r => r.url.startsWith('https://')));
  });

  it('classifies an unreachable registry', async () => {
    const { client: c } = client(() => socketError('ECONNREFUSED'), undefined, 'registry.example.com:5000');
    await assert.rejects(
      catalogPage(c),
      (e: Error & { kind?: string }) => e.kind === 'unreachable' && /Cannot reach the registry registry\.example\.com:5000/.test(e.message),
    );
  });

  it('follows the Link header page by page', async () => {
    const { client: c, transport } = client(r => {
      const last = new URL(r.url).searchParams.get('last');
      if (r.url.startsWith('https')) {
        return socketError('EPROTO');
      }
      if (new URL(r.url).pathname === '/v2/') {
        return { json: {} };
      }
      return last === 'b'
        ? { json: { repositories: ['c'] } }
        : { json: { repositories: ['a', 'b'] }, headers: { link: '</v2/_catalog?last=b&n=2>; rel="next"' } };
    });
    const first = await catalogPage(c, undefined, 2);
    assert.deepEqual(first, { items: ['a', 'b'], next: '/v2/_catalog?last=b&n=2' });
    const second = await catalogPage(c, first.next, 2);
    assert.deepEqual(second, { items: ['c'], next: undefined });
    assert.equal(transport.requests.at(-1)?.url, 'http://127.0.0.1:5003/v2/_catalog?last=b&n=2');
  });

  it('reports malformed JSON and a manifest type it does not know as errors, not crashes', async () => {
    const answers: Record<string, Handler> = {
      '/v2/_catalog': () => ({ text: '{"repositories": [' }),
      '/v2/app/manifests/1': () => ({ json: { schemaVersion: 1, mediaType: 'application/vnd.docker.distribution.manifest.v1+prettyjws' } }),
      '/v2/app/manifests/2': () => ({
        json: { mediaType: 'application/vnd.docker.distribution.manifest.v2+json', config: { digest: 'sha256:1' }, layers: [] },
      }),
    };
    const { client: c } = client(r =>
      r.url.startsWith('https') ? socketError('EPROTO') : (answers[new URL(r.url).pathname] ?? (() => ({ json: {} })))(r),
    );
    await assert.rejects(
      catalogPage(c),
      (e: Error & { kind?: string }) => e.kind === 'invalidResponse' && /malformed JSON/.test(e.message),
    );
    await assert.rejects(
      getManifest(c, 'app', '1'),
      (e: Error & { kind?: string }) =>
        e.kind === 'invalidResponse' && /manifest\.v1\+prettyjws", a manifest type Dockhand does not read/.test(e.message),
    );
    await assert.rejects(
      getManifest(c, 'app', '2'),
      (e: Error & { kind?: string }) => e.kind === 'invalidResponse' && /without digest or size/.test(e.message),
    );
  });

  it("reads an index's platforms, leaving out attestation manifests", async () => {
    const index = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: 'sha256:a',
          size: 10,
          platform: { os: 'linux', architecture: 'amd64' },
        },
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: 'sha256:att',
          size: 5,
          platform: { os: 'unknown', architecture: 'unknown' },
        },
      ],
    };
    const { client: c } = client(r =>
      r.url.startsWith('https') ? socketError('EPROTO') : { json: index, headers: { 'docker-content-digest': 'sha256:idx' } },
    );
    const manifest = await getManifest(c, 'app', 'latest');
    assert.equal(manifest.kind, 'index');
    assert.equal(manifest.digest, 'sha256:idx');
    assert.deepEqual(
      manifest.platforms.map(p => p.digest),
      ['sha256:a'],
    );
  });

  it('says so when the registry has deletion disabled (405)', async () => {
    const { client: c } = client(r =>
      r.url.startsWith('https')
        ? socketError('EPROTO')
        : r.method === 'DELETE'
          ? { status: 405, json: { errors: [{ code: 'UNSUPPORTED', message: 'The operation is unsupported.' }] } }
          : { json: {} },
    );
    await assert.rejects(
      deleteManifest(c, 'app', 'sha256:abc'),
      (e: Error & { kind?: string }) => e.kind === 'unsupported' && /deletion is disabled/.test(e.message),
    );
  });

  it('finds the other tags on the same digest', async () => {
    const digests: Record<string, string> = { a: 'sha256:1', b: 'sha256:1', c: 'sha256:2', d: 'sha256:1' };
    const { client: c } = client(r => {
      if (r.url.startsWith('https')) {
        return socketError('EPROTO');
      }
      const path = new URL(r.url).pathname;
      if (path.endsWith('/tags/list')) {
        return { json: { name: 'app', tags: Object.keys(digests) } };
      }
      const tag = path.split('/').at(-1) ?? '';
      return { headers: { 'docker-content-digest': digests[tag] } };
    });
    assert.deepEqual(await tagsOnDigest(c, 'app', 'sha256:1', 'a'), ['b', 'd']);
  });

  it('does not send registry credentials to blob storage on another host', async () => {
    const { client: c, transport } = client(
      r => {
        if (r.url.startsWith('https://127')) {
          return socketError('EPROTO');
        }
        if (r.url.includes('storage.example')) {
          return { json: { created: '2024-01-01T00:00:00Z' } };
        }
        if (!header(r, 'authorization')) {
          return { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } };
        }
        return { status: 307, headers: { location: 'https://storage.example/blob?sig=1' } };
      },
      { username: 'u', password: 'p' },
    );
    const response = await c.expect({ path: '/v2/app/blobs/sha256:1' }, 'blob');
    assert.equal(response.status, 200);
    const last = transport.requests.at(-1);
    assert.equal(last?.url, 'https://storage.example/blob?sig=1');
    assert.equal(header(last, 'authorization'), undefined);
  });
});
