import * as assert from 'node:assert/strict';
import type { ImageLayerAnalysis, LayerInfo } from '../../../../src/engine';
import { codeLenses } from '../../../../src/language/dockerfile/features/codeLenses';
import { parseFull } from '../../../../src/language/dockerfile/parse/parseDockerfile';
import { layerInstruction } from '../../../../src/ui/layers/layerInstruction';

const dockerfile = [
  'FROM busybox AS build',
  'RUN make',
  '',
  'FROM debian:bookworm-slim',
  'ARG VERSION=1',
  'RUN apt-get update && apt-get install -y curl',
  'ENV PORT=8080',
  'COPY app /app',
  'CMD ["/app/run"]',
  '',
].join('\n');

const layer = (historyIndex: number): LayerInfo => ({
  id: `l${historyIndex}`,
  instruction: '',
  size: 0,
  files: [],
  opaqueDirectories: [],
  historyIndex,
});

/** The image as the classic builder records it, oldest first: the base image's two entries, then the final stage's five. */
const image: ImageLayerAnalysis = {
  imageId: 'sha256:1',
  history: [
    { createdBy: '/bin/sh -c #(nop) ADD file:abc in / ', emptyLayer: false },
    { createdBy: '/bin/sh -c #(nop)  CMD ["bash"]', emptyLayer: true },
    { createdBy: '/bin/sh -c #(nop)  ARG VERSION=1', emptyLayer: true },
    { createdBy: '|1 VERSION=1 /bin/sh -c apt-get update && apt-get install -y curl', emptyLayer: false },
    { createdBy: '/bin/sh -c #(nop)  ENV PORT=8080', emptyLayer: true },
    { createdBy: '/bin/sh -c #(nop) COPY dir:123 in /app ', emptyLayer: false },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/app/run"]', emptyLayer: true },
  ],
  layers: [layer(0), layer(3), layer(5)],
  totalSize: 0,
  wastedBytes: 0,
  efficiency: 1,
  inefficiencies: [],
};

describe("a layer's Dockerfile instruction", () => {
  it("pairs each layer with the final stage's instruction that made it", () => {
    assert.deepEqual(layerInstruction(dockerfile, image, 2), { kind: 'instruction', line: 5 });
    assert.deepEqual(layerInstruction(dockerfile, image, 3), { kind: 'instruction', line: 7 });
  });

  it("says a layer older than the final stage is the base image's", () => {
    assert.deepEqual(layerInstruction(dockerfile, image, 1), { kind: 'base' });
  });

  it('matches nothing in a Dockerfile edited since the build, or another one', () => {
    assert.deepEqual(layerInstruction(dockerfile.replace('COPY app /app', 'COPY app /app\nUSER nobody'), image, 2), { kind: 'noMatch' });
    assert.deepEqual(layerInstruction('FROM alpine\nRUN apk add git\n', image, 2), { kind: 'noMatch' });
  });
});

describe('the Explore layers CodeLens', () => {
  it('appears on the final FROM once the client says which image the file built', () => {
    const doc = parseFull(dockerfile);
    const titles = (history?: Parameters<typeof codeLenses>[3]) =>
      codeLenses(doc, 'file:///w/Dockerfile', undefined, history).map(l => l.command?.title);
    assert.ok(!titles({ entries: [] }).some(t => t?.startsWith('Explore')));
    const lenses = codeLenses(doc, 'file:///w/Dockerfile', undefined, { entries: [], image: { id: 'sha256:1', tag: 'app:latest' } });
    const lens = lenses.find(l => l.command?.title === 'Explore layers of app:latest');
    assert.equal(lens?.range.start.line, 3);
    assert.deepEqual(lens?.command?.arguments, ['sha256:1']);
  });
});
