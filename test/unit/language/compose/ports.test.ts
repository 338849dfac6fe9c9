import * as assert from 'node:assert/strict';
import { parsePortSpec } from '../../../../src/language/compose/text/portSpec';
import { coveredText, findings } from './composeHarness';

const withPorts = (...ports: string[]) => `services:\n  web:\n    image: nginx\n    ports:\n${ports.map(p => `      - ${p}\n`).join('')}`;

describe('compose: port specs', () => {
  for (const valid of [
    '80',
    '8080:80',
    '127.0.0.1:8080:80/udp',
    '3000-3005',
    '9090-9091:8080-8081',
    '127.0.0.1::80',
    '[::1]:8080:80',
    '8000-8010:80/sctp',
  ]) {
    it(`reads ${valid}`, () => assert.ok('binding' in parsePortSpec(valid), JSON.stringify(parsePortSpec(valid))));
  }
  const invalid: readonly [string, RegExp][] = [
    ['8080: 80', /contains a space/],
    ['70000:80', /out of range/],
    ['80:0', /Container port 0 .* out of range/],
    ['8080:80/tpc', /Unknown protocol `tpc`/],
    ['3005-3000:80', /ends before it starts/],
    ['9000-9001:80-82', /different size/],
    ['web:80', /`web` is not a host port/],
    ['1:2:3:4', /`1:2` in port `1:2:3:4` is not an IP address/],
    ['[::1]:1:2:3', /too many `:`/],
  ];
  for (const [text, message] of invalid) {
    it(`rejects ${text}`, () => {
      const result = parsePortSpec(text);
      assert.ok('error' in result);
      assert.match(result.error, message);
    });
  }

  it('reports invalid short and long forms, on the item', async () => {
    const text = withPorts(
      '"8080: 80"',
      '"99999:80"',
      '8080',
      'target: 80\n        protocol: tcpx',
      'target: 80\n        published: "abc"',
      'target: 0',
    );
    const found = await findings(text, 'compose.invalid-port');
    assert.equal(found.length, 5);
    assert.equal(coveredText(text, found[0]), '"8080: 80"');
    assert.match(found[2].message, /Unknown protocol `tcpx`/);
  });

  it('accepts interpolated ports and the long form with a range', async () => {
    const text = withPorts(
      '"${PORT:-80}:80"',
      'target: 80\n        published: "8000-8001"\n        host_ip: 127.0.0.1\n        mode: ingress',
    );
    assert.deepEqual(await findings(text, 'compose.invalid-port'), []);
  });
});

describe('compose: host port published twice, container_name used twice', () => {
  it('reports the second service publishing the same host port', async () => {
    const text = 'services:\n  a:\n    image: x\n    ports: ["8080:80"]\n  b:\n    image: x\n    ports: ["8075-8085:80"]\n';
    const found = await findings(text, 'compose.duplicate-host-port');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Host port 8080\/tcp is already published by service `a`/);
  });

  it('accepts the same port on another protocol or host address', async () => {
    const text =
      'services:\n  a:\n    image: x\n    ports: ["8080:80", "127.0.0.1:9000:9000"]\n  b:\n    image: x\n    ports: ["8080:80/udp", "127.0.0.2:9000:9000", "80"]\n  c:\n    image: x\n    ports: ["80"]\n';
    assert.deepEqual(await findings(text, 'compose.duplicate-host-port'), []);
  });

  it('reports a repeated container_name and accepts distinct ones', async () => {
    const text =
      'services:\n  a: { image: x, container_name: app }\n  b: { image: x, container_name: app }\n  c: { image: x, container_name: other }\n';
    const found = await findings(text, 'compose.duplicate-container-name');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /already used by service `a`/);
  });
});
