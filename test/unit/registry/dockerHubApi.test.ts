import * as assert from 'node:assert/strict';
import type { HttpRequest } from '../../../src/registry';
import { DockerHubApi } from '../../../src/registry/hub/DockerHubApi';
import { readFixture } from '../../support/fixtures';
import { fakeTransport } from './fakeTransport';

const jwt = readFixture<{ token: string }>('registry/hub/login.json').token;

/** Docker Hub's API answering from the recorded responses; every call but login needs the JWT. */
function hub(password = 'pat') {
  const transport = fakeTransport((r: HttpRequest) => {
    const url = new URL(r.url);
    if (url.pathname === '/v2/users/login') {
      const body = JSON.parse(String(r.body)) as { username: string; password: string };
      return body.password === 'pat'
        ? { json: readFixture('registry/hub/login.json') }
        : { status: 401, json: { detail: 'Incorrect authentication credentials' } };
    }
    if (r.headers?.authorization !== `Bearer ${jwt}`) {
      return { status: 401, json: { detail: 'Authentication credentials were not provided.' } };
    }
    if (url.pathname === '/v2/user/orgs/') {
      return { json: readFixture('registry/hub/orgs.json') };
    }
    if (url.pathname === '/v2/repositories/dockhanduser/') {
      return {
        json: readFixture(
          url.searchParams.get('page') === '2' ? 'registry/hub/repositories-page2.json' : 'registry/hub/repositories-page1.json',
        ),
      };
    }
    if (url.pathname === '/v2/repositories/dockhanduser/api/tags/') {
      return { json: readFixture('registry/hub/tags.json') };
    }
    if (r.method === 'DELETE' && url.pathname === '/v2/repositories/dockhanduser/api/tags/latest/') {
      return { status: 204 };
    }
    if (url.pathname === '/v2/repositories/evil/') {
      return { json: { count: 1, next: 'https://attacker.example/steal', results: [{ name: 'x', namespace: 'evil' }] } };
    }
    return { status: 404, json: { message: 'object not found' } };
  });
  return { transport, api: new DockerHubApi(transport, () => Promise.resolve({ username: 'DockhandUser', password })) };
}

describe('DockerHubApi (recorded responses)', () => {
  it("lists the user's namespace first, then the organisations, with one login", async () => {
    const { api, transport } = hub();
    assert.deepEqual(await api.namespaces(), ['dockhanduser', 'another', 'dockhandorg']);
    await api.namespaces();
    assert.equal(transport.requests.filter(r => r.url.endsWith('/v2/users/login')).length, 1);
  });

  it("pages through a namespace's repositories with `next`", async () => {
    const { api } = hub();
    const first = await api.repositories('dockhanduser');
    assert.deepEqual(first.items, ['dockhanduser/api', 'dockhanduser/web']);
    const second = await api.repositories('dockhanduser', first.next);
    assert.deepEqual(second, { items: ['dockhanduser/worker'], next: undefined });
  });

  it('lists tags with digest, size and date, and deletes one tag', async () => {
    const { api } = hub();
    const page = await api.tags('dockhanduser/api');
    assert.deepEqual(page.items, [
      { name: '1.2.0', digest: 'sha256:index1', size: 2833000, lastUpdated: '2024-05-01T09:00:00.000000Z' },
      { name: 'latest', digest: 'sha256:single', size: 1200, lastUpdated: '2024-04-01T09:00:00.000000Z' },
    ]);
    await api.deleteTag('dockhanduser/api', 'latest');
  });

  it('says when Hub refuses the stored password, and never follows a `next` to another host', async () => {
    await assert.rejects(
      hub('wrong').api.namespaces(),
      (e: Error & { kind?: string }) => e.kind === 'unauthorized' && /refused the stored user name or password/.test(e.message),
    );
    const { api } = hub();
    const page = await api.repositories('evil');
    await assert.rejects(api.repositories('evil', page.next), /another host \(attacker\.example\)/);
  });
});
