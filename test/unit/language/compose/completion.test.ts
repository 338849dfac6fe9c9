import * as assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import { composeDoc, composeFeatures, cursor } from './composeHarness';

const images = [
  { reference: 'nginx:1.27', id: 'sha256:0123456789abcdef', size: 48_000_000, created: '2024-06-01' },
  { reference: 'redis:7', id: 'sha256:fedcba', size: 30_000_000, created: '2024-05-01' },
];
const features = composeFeatures({ files: { '.env': 'TAG=1.2\nWEB_PORT=8080\n' }, images });

async function complete(textWithCursor: string): Promise<CompletionItem[]> {
  const { text, at } = cursor(textWithCursor);
  return features.complete(composeDoc(text), at, neverCancelled);
}
const labels = async (text: string) => (await complete(text)).map(i => i.label);

describe('compose completion', () => {
  it('offers top-level sections at the start of the file', async () => {
    const found = await labels('|');
    for (const key of ['services', 'networks', 'volumes', 'secrets', 'configs', 'include', 'name']) {
      assert.ok(found.includes(key), key);
    }
  });

  it('offers service keys on an unfinished line, with schema docs and a snippet', async () => {
    const items = await complete('services:\n  web:\n    image: nginx\n    rest|');
    const restart = items.find(i => i.label === 'restart');
    assert.ok(restart);
    assert.match(JSON.stringify(restart.documentation), /Restart policy/);
    assert.equal(
      items.some(i => i.label === 'image'),
      false,
      'image is already there',
    );
    const healthcheck = items.find(i => i.label === 'healthcheck');
    assert.match((healthcheck?.textEdit as { newText: string }).newText, /^healthcheck:\n {2}test: /);
  });

  it('leaves out keys written below the cursor too', async () => {
    const found = await labels('services:\n  web:\n    |\n    ports: ["80"]\n');
    assert.equal(found.includes('ports'), false);
    assert.ok(found.includes('image'));
  });

  it('offers nested keys: build, and long-syntax port fields', async () => {
    assert.ok((await labels('services:\n  web:\n    build:\n      |')).includes('dockerfile'));
    const port = await labels('services:\n  web:\n    ports:\n      - target: 80\n        |');
    assert.ok(port.includes('published'));
    assert.equal(port.includes('target'), false);
  });

  it('offers local images after `image: `', async () => {
    assert.deepEqual(await labels('services:\n  web:\n    image: |'), ['nginx:1.27', 'redis:7']);
  });

  it('offers enum values: restart, condition, protocol, pull_policy, cgroup', async () => {
    assert.ok((await labels('services:\n  web:\n    restart: |')).includes('unless-stopped'));
    assert.deepEqual(await labels('services:\n  web:\n    depends_on:\n      db:\n        condition: |\n  db: {image: x}'), [
      'service_started',
      'service_healthy',
      'service_completed_successfully',
    ]);
    assert.ok((await labels('services:\n  web:\n    ports:\n      - target: 80\n        protocol: |')).includes('udp'));
    assert.ok((await labels('services:\n  web:\n    pull_policy: |')).includes('missing'));
    assert.ok((await labels('services:\n  web:\n    stop_signal: |')).includes('SIGQUIT'));
    assert.deepEqual(await labels('services:\n  web:\n    cgroup: |'), ['host', 'private']);
  });

  it('offers other services in depends_on (list and mapping), links and extends, never the service itself', async () => {
    const others = 'services:\n  web:\n    image: x\n  db:\n    image: x\n  cache:\n    image: x\n  app:\n';
    assert.deepEqual(await labels(`${others}    depends_on:\n      - |`), ['web', 'db', 'cache']);
    assert.ok((await labels(`${others}    depends_on:\n      |`)).includes('db'));
    assert.deepEqual(await labels(`${others}    links:\n      - |`), ['web', 'db', 'cache']);
    assert.deepEqual(await labels(`${others}    extends:\n      service: |`), ['web', 'db', 'cache']);
    assert.ok((await labels(`${others}    network_mode: |`)).includes('service:db'));
  });

  it('offers declared networks, volumes, secrets and configs where they are used', async () => {
    const tail = '\nnetworks: { front: {} }\nvolumes: { data: {} }\nsecrets: { token: { file: t } }\nconfigs: { conf: { file: c } }\n';
    assert.deepEqual(await labels(`services:\n  web:\n    networks:\n      - |${tail}`), ['front']);
    const volumes = await complete(`services:\n  web:\n    volumes:\n      - |${tail}`);
    assert.equal((volumes[0]?.textEdit as { newText: string }).newText, 'data:');
    assert.ok(
      volumes.some(i => i.label === 'type'),
      'and the long syntax keys',
    );
    assert.deepEqual((await labels(`services:\n  web:\n    secrets:\n      - |${tail}`)).slice(0, 2), ['token', 'source']);
    assert.deepEqual((await labels(`services:\n  web:\n    configs:\n      - |${tail}`)).slice(0, 2), ['conf', 'source']);
  });

  it('offers .env variables after `${`', async () => {
    const items = await complete('services:\n  web:\n    image: "app:${|"');
    assert.deepEqual(
      items.map(i => [i.label, i.detail]),
      [
        ['TAG', '= 1.2'],
        ['WEB_PORT', '= 8080'],
      ],
    );
  });

  it('completes inside a flow list, replacing only the item', async () => {
    const items = await complete('services:\n  web:\n    depends_on: [db, ca|\n  db: {image: x}\n  cache: {image: x}\n');
    const cache = items.find(i => i.label === 'cache')?.textEdit as { range: { start: { character: number } } };
    assert.equal(cache.range.start.character, 21);
  });

  it('replaces only the word being typed', async () => {
    const items = await complete('services:\n  web:\n    image: x\n    rest|');
    const edit = items.find(i => i.label === 'restart')?.textEdit as {
      range: { start: { character: number }; end: { character: number } };
    };
    assert.deepEqual([edit.range.start.character, edit.range.end.character], [4, 8]);
  });

  it('works in a file that is not valid YAML yet', async () => {
    assert.ok((await labels('services:\n  web:\n    image: [broken\n    |')).includes('restart'));
  });
});
