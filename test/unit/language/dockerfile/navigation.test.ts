import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { neverCancelled } from '../../../../src/language/common/documents';
import { noImages, type ImageSource } from '../../../../src/language/common/EngineImages';
import { createDockerfileFeatures } from '../../../../src/language/dockerfile';
import { doc, settingsWith } from './helpers';

const text = [
  'ARG NODE_VERSION=20',
  'FROM node:${NODE_VERSION} AS deps',
  'ENV APP_DIR=/app',
  'WORKDIR $APP_DIR',
  'FROM deps AS build',
  'COPY --from=deps /app /app',
  'RUN echo $APP_DIR',
  '',
].join('\n');

const images: ImageSource = {
  list: () => Promise.resolve([]),
  inspect: ref =>
    Promise.resolve(
      ref === 'alpine:3.19'
        ? { reference: 'alpine:3.19', id: 'sha256:1', size: 7_380_000, created: '2026-01-15T10:00:00Z', platform: 'linux/amd64', layers: 1 }
        : undefined,
    ),
};

const features = createDockerfileFeatures({ settings: () => settingsWith(), images });
const at = (line: number, character: number): { line: number; character: number } => ({ line, character });

describe('dockerfile navigation', () => {
  const document = doc(text);

  it('goes from a COPY --from or FROM stage reference to the stage', async () => {
    assert.deepEqual(
      (await features.definition(document, at(5, 14), neverCancelled)).map(l => l.range.start),
      [at(1, 29)],
    );
    assert.deepEqual(
      (await features.definition(document, at(4, 6), neverCancelled)).map(l => l.range.start),
      [at(1, 29)],
    );
  });

  it('goes from a variable use to its ARG/ENV', async () => {
    assert.deepEqual(
      (await features.definition(document, at(3, 10), neverCancelled)).map(l => l.range.start),
      [at(2, 4)],
    );
    assert.deepEqual(
      (await features.definition(document, at(1, 15), neverCancelled)).map(l => l.range.start),
      [at(0, 4)],
    );
  });

  it('finds references with and without the declaration, and highlights them', async () => {
    assert.equal((await features.references(document, at(1, 31), true, neverCancelled)).length, 3);
    assert.equal((await features.references(document, at(1, 31), false, neverCancelled)).length, 2);
    assert.equal((await features.highlights(document, at(3, 10), neverCancelled)).length, 3);
  });

  it("keeps a variable's references to the stages that can see it", async () => {
    const source = 'ARG V=1\nFROM a:$V AS one\nARG V\nENV X=$V\nFROM one AS two\nRUN echo $X\nFROM b:1\nENV X=2\nRUN echo $X\n';
    const document = doc(source);
    const lines = async (line: number, character: number): Promise<number[]> =>
      (await features.references(document, at(line, character), true, neverCancelled)).map(l => l.range.start.line);
    assert.deepEqual(await lines(3, 5), [3, 5], 'ENV X of stage one: itself and the derived stage two');
    assert.deepEqual(await lines(7, 5), [7, 8], 'the unrelated stage has its own X');
    assert.deepEqual(await lines(1, 8), [0, 1], 'the global ARG and its use in FROM');
  });

  it('renames a stage everywhere and refuses invalid names', async () => {
    assert.deepEqual(await features.prepareRename(document, at(5, 14), neverCancelled), { start: at(5, 12), end: at(5, 16) });
    const edit = await features.rename(document, at(5, 14), 'base', neverCancelled);
    const renamed = TextDocument.applyEdits(document, edit?.changes?.[document.uri] ?? []);
    assert.match(renamed, /AS base\nENV/);
    assert.match(renamed, /FROM base AS build/);
    assert.match(renamed, /--from=base /);
    assert.equal(await features.rename(document, at(5, 14), 'two words', neverCancelled), undefined);
    assert.equal(await features.prepareRename(document, at(6, 1), neverCancelled), undefined);
  });
});

describe('dockerfile hover', () => {
  const hoverText = async (source: string, line: number, character: number, source_images = features): Promise<string> => {
    const hover = await source_images.hover(doc(source), at(line, character), neverCancelled);
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  };

  it('explains instructions and flags', async () => {
    assert.match(await hoverText(text, 6, 1), /\*\*RUN\*\*/);
    assert.match(await hoverText(text, 5, 3), /--from/);
  });

  it("shows a variable's resolved value and a stage's base", async () => {
    assert.match(await hoverText(text, 1, 15), /`NODE_VERSION` = `20`/);
    assert.match(await hoverText(text, 3, 10), /`APP_DIR` = `\/app` \(ENV\)/);
    assert.match(await hoverText(text, 5, 14), /Stage \*\*deps\*\* \(#0\) from `node:\$\{NODE_VERSION\}`/);
  });

  it('shows size, creation, platform and layers of a local base image', async () => {
    const value = await hoverText('FROM alpine:3.19\n', 0, 8);
    assert.match(value, /7\.38 MB/);
    assert.match(value, /2026-01-15/);
    assert.match(value, /linux\/amd64/);
    assert.match(value, /Layers: 1/);
    const none = createDockerfileFeatures({ settings: () => settingsWith(), images: noImages });
    assert.equal(await hoverText('FROM alpine:3.19\n', 0, 8, none), '');
  });
});
