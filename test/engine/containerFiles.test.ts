import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createContainer, removeLabelled } from '../support/testDocker';
import { engine, rejectsWith, tempDir } from '../support/engineUnderTest';

describe('(integration) copying files and exporting', () => {
  const e = engine();
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeLabelled();
    await fs.promises.rm(dir, { recursive: true, force: true });
  });

  it('copies a file with shell characters in its name into the container and back', async () => {
    const c = await createContainer({ start: true });
    const name = 'a;b $(x).txt';
    await fs.promises.writeFile(path.join(dir, name), 'payload\n');
    await e.copyToContainer(c.id, path.join(dir, name), '/tmp');
    const check = await e.execAndWait(c.id, ['cat', `/tmp/${name}`]);
    assert.equal(check.stdout, 'payload\n');

    // An existing folder receives the copy under the copied path's own name.
    const back = path.join(dir, 'back');
    await fs.promises.mkdir(back);
    const written = await e.copyFromContainerToHost(c.id, `/tmp/${name}`, back);
    assert.deepEqual(written, [path.join(back, name)]);
    assert.equal(await fs.promises.readFile(path.join(back, name), 'utf8'), 'payload\n');
  });

  it('copies folders both ways, keeping nesting, long names and modes', async () => {
    const c = await createContainer({ start: true });
    const tree = path.join(dir, 'tree');
    const longName = `${'n'.repeat(120)}.txt`;
    await fs.promises.mkdir(path.join(tree, 'sub', 'deeper'), { recursive: true });
    await fs.promises.writeFile(path.join(tree, 'sub', 'deeper', longName), 'deep');
    await fs.promises.writeFile(path.join(tree, 'run.sh'), '#!/bin/sh\necho ran\n', { mode: 0o755 });
    await fs.promises.writeFile(path.join(tree, 'big.bin'), Buffer.alloc(300_000, 7));
    await e.copyToContainer(c.id, tree, '/tmp');
    assert.equal((await e.execAndWait(c.id, ['/tmp/tree/run.sh'])).stdout, 'ran\n');
    assert.equal((await e.execAndWait(c.id, ['cat', `/tmp/tree/sub/deeper/${longName}`])).stdout, 'deep');

    // An existing folder receives the copy under the copied path's own name.
    const back = path.join(dir, 'back');
    await fs.promises.mkdir(back);
    await e.copyFromContainerToHost(c.id, '/tmp/tree', back);
    assert.equal(await fs.promises.readFile(path.join(back, 'tree', 'sub', 'deeper', longName), 'utf8'), 'deep');
    assert.equal((await fs.promises.stat(path.join(back, 'tree', 'big.bin'))).size, 300_000);
    assert.equal((await fs.promises.stat(path.join(back, 'tree', 'run.sh'))).mode & 0o777, 0o755);
  });

  it('copies to a new host name as docker cp does, for a file and a folder', async () => {
    const c = await createContainer({ start: true });
    const file = path.join(dir, 'my passwd;copy');
    assert.deepEqual(await e.copyFromContainerToHost(c.id, '/etc/passwd', file), [file]);
    assert.match(await fs.promises.readFile(file, 'utf8'), /^root:/);
    const folder = path.join(dir, 'etc-copy');
    const written = await e.copyFromContainerToHost(c.id, '/etc', folder);
    assert.equal(written[0], folder);
    assert.ok(fs.existsSync(path.join(folder, 'passwd')));
  });

  it('gives the raw tar stream of a container path', async () => {
    const c = await createContainer({ start: true });
    const stream = await e.copyFromContainer(c.id, '/etc/passwd');
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
    }
    const tar = Buffer.concat(chunks);
    assert.equal(tar.subarray(0, 6).toString(), 'passwd');
    assert.equal(tar.subarray(257, 262).toString(), 'ustar');
  });

  it('reports a missing path in the container as notFound', async () => {
    const c = await createContainer({ start: true });
    await rejectsWith(e.copyFromContainerToHost(c.id, '/no/such/file', dir), 'notFound');
    await rejectsWith(e.copyToContainer(c.id, path.join(dir, 'absent'), '/tmp'), 'notFound', /does not exist/);
  });

  it('exports the container filesystem to a tar file', async () => {
    const c = await createContainer({ start: true });
    const file = path.join(dir, 'export.tar');
    await e.exportContainer(c.id, file);
    const head = Buffer.alloc(512);
    const fd = await fs.promises.open(file, 'r');
    await fd.read(head, 0, 512, 0);
    await fd.close();
    assert.equal(head.subarray(257, 262).toString(), 'ustar');
    assert.ok((await fs.promises.stat(file)).size > 500_000);
  });
});
