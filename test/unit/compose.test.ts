import * as assert from 'node:assert/strict';
import { composeArgs } from '../../src/compose/composeArgs';
import { ComposeNotFoundError, detectComposeCli, type RunProgram } from '../../src/compose/composeCli';

const v2 = { command: ['docker', 'compose'], version: '2.29.1', flavour: 'v2' } as const;
const v1 = { command: ['docker-compose'], version: '1.29.2', flavour: 'v1' } as const;

describe('compose command line', () => {
  it('prefers docker compose v2 and falls back to docker-compose v1', async () => {
    const calls: string[] = [];
    const only =
      (available: string): RunProgram =>
      async (program, args) => {
        calls.push([program, ...args].join(' '));
        if (program === available) {
          return { code: 0, stdout: program === 'docker' ? 'v2.29.1\n' : '1.29.2\n' };
        }
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      };
    assert.deepEqual(await detectComposeCli(only('docker')), v2);
    assert.deepEqual(await detectComposeCli(only('docker-compose')), v1);
    assert.ok(calls.includes('docker compose version --short'));
    await assert.rejects(detectComposeCli(only('nothing')), ComposeNotFoundError);
  });

  it('does not take `docker` without the compose plugin for compose', async () => {
    const run: RunProgram = async program => (program === 'docker' ? { code: 1, stdout: '' } : { code: 0, stdout: '1.29.2' });
    assert.equal((await detectComposeCli(run)).flavour, 'v1');
  });

  it('builds argument vectors with the file, its folder as project directory and profiles', () => {
    const { program, args, cwd } = composeArgs(v2, '/w/shop/compose.yaml', 'up', { services: ['web'], profiles: ['debug'] });
    assert.equal(program, 'docker');
    assert.equal(cwd, '/w/shop');
    assert.deepEqual(args, [
      'compose',
      '-f',
      '/w/shop/compose.yaml',
      '--project-directory',
      '/w/shop',
      '--profile',
      'debug',
      'up',
      '--detach',
      '--build',
      'web',
    ]);
    assert.deepEqual(composeArgs(v1, '/w/a b/docker-compose.yml', 'down', { removeVolumes: true }).args, [
      '-f',
      '/w/a b/docker-compose.yml',
      '--project-directory',
      '/w/a b',
      'down',
      '--volumes',
    ]);
    assert.deepEqual(composeArgs(v1, '/w/c.yml', 'logs', { services: ['db'] }).args.slice(4), ['logs', '--follow', '--tail', '1000', 'db']);
  });

  it('refuses service names that are not compose names (and could pass for flags)', () => {
    assert.throws(() => composeArgs(v2, '/w/c.yml', 'restart', { services: ['--rmi'] }), /not a valid compose service name/);
    assert.throws(() => composeArgs(v2, '/w/c.yml', 'restart', { services: ['a;b'] }), /not a valid/);
  });
});
