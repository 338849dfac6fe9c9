import * as assert from 'node:assert/strict';
import { neverCancelled } from '../../../../src/language/common/documents';
import { noImages } from '../../../../src/language/common/EngineImages';
import { createDockerfileFeatures, matchHistory, normalizeCreatedBy, type BuildHistory } from '../../../../src/language/dockerfile';
import { parseFull } from '../../../../src/language/dockerfile/parse/parseDockerfile';
import { doc, settingsWith } from './helpers';

const dockerfile = [
  'FROM debian:bookworm-slim',
  'ARG DEBIAN_FRONTEND=noninteractive',
  'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
  'WORKDIR /app',
  'COPY . .',
  'ENV PORT=8080',
  'CMD ["node", "server.js"]',
  '',
].join('\n');

/** `docker image history` of the built image, newest first, base image entries last. */
const history: BuildHistory = {
  entries: [
    { createdBy: 'CMD ["node" "server.js"]', size: 0 },
    { createdBy: 'ENV PORT=8080', size: 0 },
    { createdBy: 'COPY . . # buildkit', size: 12_300_000 },
    { createdBy: 'WORKDIR /app', size: 0, cached: true },
    {
      createdBy:
        '|1 DEBIAN_FRONTEND=noninteractive RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* # buildkit',
      size: 9_870_000,
      cached: true,
    },
    { createdBy: '/bin/sh -c #(nop)  CMD ["bash"]', size: 0 },
    { createdBy: '/bin/sh -c #(nop) ADD file:abc in / ', size: 74_800_000 },
  ],
};

describe('dockerfile build-history hints', () => {
  it('normalizes CREATED BY lines of both builders', () => {
    assert.equal(normalizeCreatedBy('/bin/sh -c #(nop)  CMD ["sh"]'), 'CMD ["sh"]');
    assert.equal(normalizeCreatedBy('RUN /bin/sh -c apt-get update # buildkit'), 'apt-get update');
    assert.equal(normalizeCreatedBy('|1 ARG=x /bin/sh -c make'), 'make');
    assert.equal(normalizeCreatedBy('/bin/sh -c make   all'), 'make all');
  });

  it("matches the final stage's instructions to history entries, skipping ARG and the base image", () => {
    const hints = matchHistory(parseFull(dockerfile), history);
    assert.deepEqual(
      hints.map(h => [h.index, h.entry, h.label]),
      [
        [2, 4, 'cached'],
        [3, 3, 'cached'],
        [4, 2, '+12.3 MB'],
        [5, 1, '0 B'],
        [6, 0, '0 B'],
      ],
    );
  });

  it('matches nothing for an unrelated history', () => {
    assert.deepEqual(
      matchHistory(parseFull(dockerfile), { entries: [{ createdBy: '/bin/sh -c #(nop) ADD file:abc in / ', size: 5 }] }),
      [],
    );
  });

  it('shows history hints at instruction ends and resolved FROM variables', async () => {
    const features = createDockerfileFeatures({
      settings: () => settingsWith(),
      images: noImages,
      buildHistory: { historyFor: () => history },
    });
    const hints = await features.inlayHints(
      doc(dockerfile),
      { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } },
      neverCancelled,
    );
    assert.deepEqual(
      hints.map(h => [h.position.line, h.label]),
      [
        [2, 'cached'],
        [3, 'cached'],
        [4, '+12.3 MB'],
        [5, '0 B'],
        [6, '0 B'],
      ],
    );
    assert.deepEqual(hints[2].position, { line: 4, character: 8 });

    const plain = createDockerfileFeatures({ settings: () => settingsWith(), images: noImages });
    const from = await plain.inlayHints(
      doc('ARG NODE_VERSION=20\nARG VARIANT\nFROM node:${NODE_VERSION}-${VARIANT:-alpine}\n'),
      { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } },
      neverCancelled,
    );
    assert.deepEqual(
      from.map(h => [h.position, h.label]),
      [[{ line: 2, character: 44 }, '= node:20-alpine']],
    );
  });
});
