import * as assert from 'node:assert/strict';
import { coveredText, findings } from './composeHarness';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('compose diagnostics: undefined references', () => {
  it('flags depends_on (short and long form), links, extends and volumes_from to unknown services', async () => {
    const text = lines(
      'services:',
      '  web:',
      '    image: nginx',
      '    depends_on: [api, dbb]',
      '    links: ["cache:redis"]',
      '    volumes_from: [store:ro, "container:other"]',
      '  api:',
      '    image: node',
      '    depends_on:',
      '      ghost:',
      '        condition: service_started',
      '    extends:',
      '      service: template',
      '  db:',
      '    image: postgres',
      '    network_mode: "service:vpn"',
    );
    const found = await findings(text, 'compose.undefined-service');
    assert.deepEqual(
      found.map(d => coveredText(text, d)),
      ['dbb', 'cache', 'store', 'ghost', 'template', 'vpn'],
    );
    assert.match(found[0].message, /`dbb` used in `depends_on` of service `web` is not defined under `services` — did you mean `db`\?/);
  });

  it('accepts references to services that exist, and extends from another file', async () => {
    const text = lines(
      'services:',
      '  web: { image: nginx, depends_on: [api], links: ["api:backend"] }',
      '  api: { image: node, extends: { file: other.yaml, service: elsewhere } }',
    );
    assert.deepEqual(await findings(text, 'compose.undefined-service'), []);
  });

  it('flags networks, named volumes, secrets and configs that are not declared', async () => {
    const text = lines(
      'services:',
      '  web:',
      '    image: nginx',
      '    networks: [front, default]',
      '    volumes:',
      '      - data:/data',
      '      - ./local:/local',
      '      - /abs:/abs',
      '      - type: volume',
      '        source: cache',
      '        target: /cache',
      '    secrets: [token]',
      '    configs:',
      '      - source: conf',
      '        target: /etc/conf',
      'networks:',
      '  back: {}',
    );
    assert.deepEqual(
      (await findings(text, 'compose.undefined-network')).map(d => coveredText(text, d)),
      ['front'],
    );
    assert.deepEqual(
      (await findings(text, 'compose.undefined-volume')).map(d => coveredText(text, d)),
      ['data', 'cache'],
    );
    assert.deepEqual(
      (await findings(text, 'compose.undefined-secret')).map(d => coveredText(text, d)),
      ['token'],
    );
    assert.deepEqual(
      (await findings(text, 'compose.undefined-config')).map(d => coveredText(text, d)),
      ['conf'],
    );
  });

  it('does not guess when `include` may declare the names', async () => {
    const text = lines('include: [other.yaml]', 'services:', '  web: { image: nginx, depends_on: [from-other], networks: [shared] }');
    assert.deepEqual(await findings(text, 'compose.undefined-service'), []);
    assert.deepEqual(await findings(text, 'compose.undefined-network'), []);
  });

  it('skips interpolated names, which are only known at run time', async () => {
    const text = lines('services:', '  web: { image: nginx, networks: ["${NET}"], volumes: ["${VOL}:/data"] }');
    assert.deepEqual(await findings(text, 'compose.undefined-network'), []);
    assert.deepEqual(await findings(text, 'compose.undefined-volume'), []);
  });
});

describe('compose diagnostics: dependency cycles', () => {
  it('reports a cycle through depends_on with its path', async () => {
    const text = lines(
      'services:',
      '  a: { image: x, depends_on: [b] }',
      '  b: { image: x, depends_on: { c: { condition: service_started } } }',
      '  c: { image: x, depends_on: [a] }',
    );
    const found = await findings(text, 'compose.dependency-cycle');
    assert.equal(found.length, 3);
    assert.match(found[0].message, /`a` → `b` → `c` → `a`/);
  });

  it('reports a service that depends on itself', async () => {
    const found = await findings(lines('services:', '  a: { image: x, depends_on: [a] }'), 'compose.dependency-cycle');
    assert.equal(found.length, 1);
  });

  it('accepts a diamond without a cycle', async () => {
    const text = lines(
      'services:',
      '  a: { image: x, depends_on: [b, c] }',
      '  b: { image: x, depends_on: [d] }',
      '  c: { image: x, depends_on: [d] }',
      '  d: { image: x }',
    );
    assert.deepEqual(await findings(text, 'compose.dependency-cycle'), []);
  });
});
