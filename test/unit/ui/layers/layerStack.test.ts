import * as assert from 'node:assert/strict';
import type { ImageLayerAnalysis, LayerFile, LayerInfo } from '../../../../src/engine';
import { LayerStack } from '../../../../src/ui/layers/LayerStack';

function layer(files: Array<Partial<LayerFile> & { path: string }>, opaqueDirectories: string[] = []): LayerInfo {
  return {
    id: 'x',
    instruction: '',
    size: 0,
    historyIndex: -1,
    opaqueDirectories,
    files: files.map(f => ({ kind: 'added', type: 'file', size: 1, ...f })),
  };
}

function analysis(...layers: LayerInfo[]): ImageLayerAnalysis {
  return { imageId: 'sha256:0', layers, history: [], totalSize: 0, wastedBytes: 0, efficiency: 1, inefficiencies: [] };
}

const image = analysis(
  layer([
    { path: 'etc', type: 'directory', size: 0 },
    { path: 'etc/passwd', size: 10 },
    { path: 'usr/bin', type: 'directory', size: 0 },
    { path: 'usr/bin/tool', size: 5 },
    { path: 'bin', type: 'symlink', size: 0, linkTarget: 'usr/bin' },
    { path: 'etc/alias', type: 'symlink', size: 0, linkTarget: '/bin/tool' },
    { path: 'loop', type: 'symlink', size: 0, linkTarget: 'loop' },
    { path: 'cache/a', size: 3 },
    { path: 'cache/b', size: 4 },
  ]),
  layer([
    { path: 'etc/passwd', kind: 'changed', size: 20 },
    { path: 'usr/bin/tool', kind: 'removed', size: 5 },
  ]),
  layer([{ path: 'cache/c', size: 7 }], ['cache']),
);

describe('an image file system stacked up to a layer', () => {
  it('holds each path as the highest layer up to it wrote it', () => {
    assert.deepEqual(new LayerStack(image, 1).at('etc/passwd'), { type: 'file', size: 10, layer: 1 });
    assert.deepEqual(new LayerStack(image, 2).at('/etc/passwd'), { type: 'file', size: 20, layer: 2 });
  });

  it('drops what a whiteout removed, from that layer on', () => {
    assert.equal(new LayerStack(image, 1).at('usr/bin/tool')?.size, 5);
    assert.equal(new LayerStack(image, 2).at('usr/bin/tool'), undefined);
    assert.deepEqual(new LayerStack(image, 2).list('usr/bin'), []);
  });

  it("hides the lower layers' entries of an opaque folder, keeping the layer's own", () => {
    assert.deepEqual(
      new LayerStack(image, 2)
        .list('cache')
        ?.map(([name]) => name)
        .sort(),
      ['a', 'b'],
    );
    assert.deepEqual(
      new LayerStack(image, 3).list('cache')?.map(([name]) => name),
      ['c'],
    );
  });

  it('lists folders that only exist as parents of paths, and the root', () => {
    const stack = new LayerStack(image, 1);
    assert.equal(stack.at('usr')?.type, 'directory');
    assert.deepEqual(
      stack
        .list('')
        ?.map(([name]) => name)
        .sort(),
      ['bin', 'cache', 'etc', 'loop', 'usr'],
    );
    assert.equal(stack.list('etc/passwd'), undefined);
  });

  it('follows relative and absolute symbolic links, in the middle of a path too, and gives up on loops', () => {
    const stack = new LayerStack(image, 1);
    assert.equal(stack.resolve('bin/tool'), 'usr/bin/tool');
    assert.equal(stack.resolve('etc/alias'), 'usr/bin/tool');
    assert.equal(stack.resolve('etc/../bin/tool'), 'usr/bin/tool');
    assert.deepEqual(
      stack.list('bin')?.map(([name]) => name),
      ['tool'],
    );
    assert.equal(stack.resolve('loop'), undefined);
    assert.equal(new LayerStack(image, 2).resolve('etc/alias'), undefined);
  });
});
