import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { removeLabelled, testImage, testLabel, uniqueName } from '../../support/testDocker';
import { childrenWhen, dockhand } from './helpers';

const run = promisify(execFile);

/** The docker CLI, as a person types it in a terminal: Dockhand hears of it only through events. */
async function dockerCli(...args: string[]): Promise<string> {
  return (await run('docker', args)).stdout.trim();
}

describe('Live updates from the engine\'s events', () => {
  after(() => removeLabelled());

  it('shows a container started from a shell in the containers view without a refresh', async () => {
    const api = await dockhand();
    await api.refresh();
    const name = uniqueName('shell');
    const id = await dockerCli('run', '-d', '--label', testLabel, '--name', name, testImage, 'sleep', '60');
    const nodes = await childrenWhen(api.trees.containers, c => c.some(n => n.container.id === id), 'the container from the shell', 10_000);
    assert.ok(nodes.some(n => n.container.name === name));
  });

  it('shows a volume created from a shell in the volumes view without a refresh', async () => {
    const api = await dockhand();
    await api.refresh();
    const name = uniqueName('shellvol');
    await dockerCli('volume', 'create', '--label', testLabel, name);
    const nodes = await childrenWhen(api.trees.volumes, v => v.some(n => n.volume.name === name), 'the volume from the shell', 10_000);
    assert.ok(nodes.length > 0);
  });
});
