import * as assert from 'node:assert/strict';
import { readLayerFile } from '../../../src/engine/layers/readLayerFile';
import { packEntries, type TarEntry } from '../../../src/engine/tar/tarHeader';

const mtime = new Date(0);
const entry = (name: string, type: TarEntry['type'], size = 0, linkname?: string): TarEntry => ({
  name,
  type,
  size,
  mode: 0o644,
  mtime,
  ...(linkname ? { linkname } : {}),
});

const tar = (items: Array<{ entry: TarEntry; data?: Buffer }>): Buffer => packEntries(items);

/** An image export (`docker save` layout of docker 20.10): two layers, each a tar inside the tar. */
function exported(): Buffer {
  const lower = tar([{ entry: entry('etc', 'directory') }, { entry: entry('etc/motd', 'file', 6), data: Buffer.from('lower\n') }]);
  const upper = tar([
    { entry: entry('./etc/motd', 'file', 6), data: Buffer.from('upper\n') },
    { entry: entry('etc/motd.link', 'hardlink', 0, 'etc/motd') },
  ]);
  return tar([
    { entry: entry('aaa/layer.tar', 'file', lower.length), data: lower },
    { entry: entry('bbb/layer.tar', 'file', upper.length), data: upper },
    { entry: entry('manifest.json', 'file', 2), data: Buffer.from('[]') },
  ]);
}

/** The export in small chunks, as a socket delivers it. */
async function* chunks(data: Buffer, size = 700): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) {
    yield data.subarray(i, i + size);
  }
}

describe('reading one file of one layer from an image export stream', () => {
  it('reads the version of the layer asked for, whatever the path form in its tar', async () => {
    const lower = await readLayerFile(chunks(exported()), ['aaa/layer.tar'], 'etc/motd', 1000);
    const upper = await readLayerFile(chunks(exported()), ['bbb/layer.tar'], 'etc/motd', 1000);
    assert.deepEqual(lower.kind === 'file' && Buffer.from(lower.data).toString(), 'lower\n');
    assert.deepEqual(upper.kind === 'file' && Buffer.from(upper.data).toString(), 'upper\n');
  });

  it('names the target of a hard link, and reports a missing path or layer', async () => {
    assert.deepEqual(await readLayerFile(chunks(exported()), ['bbb/layer.tar'], 'etc/motd.link', 1000), {
      kind: 'hardlink',
      target: 'etc/motd',
    });
    assert.deepEqual(await readLayerFile(chunks(exported()), ['bbb/layer.tar'], 'etc/none', 1000), { kind: 'missing' });
    assert.deepEqual(await readLayerFile(chunks(exported()), ['ccc/layer.tar'], 'etc/motd', 1000), { kind: 'missing' });
  });

  it('keeps nothing of a file bigger than the bound', async () => {
    assert.deepEqual(await readLayerFile(chunks(exported()), ['aaa/layer.tar'], 'etc/motd', 5), { kind: 'tooBig', size: 6 });
  });
});
