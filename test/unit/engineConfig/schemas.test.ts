import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { daemonConfigPath, reloadAdvice } from '../../../src/ui/commands/system/daemonConfigPath';
import { repoRoot } from '../../support/fixtures';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'engine-config');
const schema = (name: string): object => JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', name), 'utf8')) as object;
const fixture = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8'));

function errors(schemaFile: string, file: string): string[] {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema(schemaFile));
  return validate(fixture(file))
    ? []
    : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

describe('daemon.json schema (generated from the dockerd reference)', () => {
  it('rejects the notes\' misspelled "registry-mirror", which dockerd refuses at start', () => {
    const found = errors('daemon.schema.json', 'notes-registry-mirror.daemon.json');
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0], /additionalProperty":"registry-mirror"/);
  });

  for (const file of ['notes-log-opts.daemon.json', 'notes-dns.daemon.json', 'kubernetes-node.daemon.json', 'buildkit-gc.daemon.json']) {
    it(`accepts ${file}`, () => {
      assert.deepEqual(errors('daemon.schema.json', file), []);
    });
  }

  it('reports wrong value types (a string for a boolean, a number or a list)', () => {
    const found = errors('daemon.schema.json', 'wrong-types.daemon.json');
    assert.deepEqual(found.map(e => e.split(' ')[0]).sort(), ['/debug', '/dns', '/max-concurrent-downloads']);
  });

  it('describes every option with its dockerd flag, and knows the documented keys', () => {
    const properties = (schema('daemon.schema.json') as { properties: Record<string, { description?: string }> }).properties;
    assert.ok(Object.keys(properties).length >= 80, `${Object.keys(properties).length} options`);
    for (const key of [
      'registry-mirrors',
      'insecure-registries',
      'log-opts',
      'default-ulimits',
      'live-restore',
      'data-root',
      'features',
      'builder',
      'proxies',
    ]) {
      assert.ok(properties[key]?.description, key);
    }
    assert.match(properties['registry-mirrors'].description ?? '', /--registry-mirror/);
  });

  it('accepts keys documented outside the examples (host-gateway-ips) and size strings', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema('daemon.schema.json'));
    const doc = {
      'live-restore': true,
      'log-driver': 'json-file',
      'default-shm-size': '64M',
      'host-gateway-ips': ['192.0.2.1'],
      mtu: 1400,
    };
    assert.ok(validate(doc), JSON.stringify(validate.errors));
  });
});

describe("docker CLI config.json schema (generated from the CLI's config file)", () => {
  it('accepts a file with a credential store, helpers, proxies, plugins and aliases', () => {
    assert.deepEqual(errors('docker-config.schema.json', 'credstore.config.json'), []);
  });

  it('reports wrong shapes: auths as a list, a non-string helper, an unknown proxy key', () => {
    const found = errors('docker-config.schema.json', 'wrong-types.config.json');
    assert.ok(
      found.some(e => e.startsWith('/auths ')),
      found.join('\n'),
    );
    assert.ok(
      found.some(e => e.startsWith('/credHelpers/gcr.io ')),
      found.join('\n'),
    );
    assert.ok(
      found.some(e => /http_proxy/.test(e)),
      found.join('\n'),
    );
  });
});

describe('engine config schemas in the manifest', () => {
  it('are contributed through jsonValidation for daemon.json and ~/.docker/config.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      contributes: { jsonValidation: { fileMatch: string[]; url: string }[] };
    };
    const byUrl = new Map(manifest.contributes.jsonValidation.map(v => [v.url, v.fileMatch]));
    assert.ok(byUrl.get('./schemas/daemon.schema.json')?.includes('daemon.json'));
    assert.ok(byUrl.get('./schemas/docker-config.schema.json')?.includes('**/.docker/config.json'));
  });
});

describe("the local engine's daemon.json", () => {
  const unix = (socketPath: string) => ({
    kind: 'unix' as const,
    socketPath,
    url: `unix://${socketPath}`,
    source: { kind: 'default' as const },
  });

  it('is /etc/docker/daemon.json for the system socket, ~/.config/docker/daemon.json for rootless', () => {
    assert.equal(daemonConfigPath(unix('/var/run/docker.sock'), {}, 'linux'), '/etc/docker/daemon.json');
    assert.equal(
      daemonConfigPath(unix('/run/user/1000/docker.sock'), { XDG_CONFIG_HOME: '/home/ada/.config' }, 'linux'),
      '/home/ada/.config/docker/daemon.json',
    );
  });

  it('is under ProgramData on Windows, and unknown for an engine on another host', () => {
    const npipe = {
      kind: 'npipe' as const,
      pipePath: '//./pipe/docker_engine',
      url: 'npipe:////./pipe/docker_engine',
      source: { kind: 'default' as const },
    };
    assert.equal(daemonConfigPath(npipe, { ProgramData: 'C:\\ProgramData' }, 'win32'), 'C:\\ProgramData\\docker\\config\\daemon.json');
    const tcp = { kind: 'tcp' as const, host: '10.0.0.5', port: 2376, url: 'tcp://10.0.0.5:2376', source: { kind: 'env' as const } };
    assert.equal(daemonConfigPath(tcp, {}, 'linux'), undefined);
  });

  it('is reloaded with systemctl reload (SIGHUP) for a system dockerd, restarted for rootless', () => {
    assert.equal(reloadAdvice('/etc/docker/daemon.json').command, 'sudo systemctl reload docker');
    assert.match(reloadAdvice('/etc/docker/daemon.json').text, /registry mirrors/);
    assert.equal(reloadAdvice('/home/ada/.config/docker/daemon.json').command, 'systemctl --user restart docker');
  });
});
