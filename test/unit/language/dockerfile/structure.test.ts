import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { neverCancelled } from '../../../../src/language/common/documents';
import { noImages } from '../../../../src/language/common/EngineImages';
import { createDockerfileFeatures, dockerfileSemanticTokensLegend } from '../../../../src/language/dockerfile';
import { doc, settingsWith } from './helpers';

const features = createDockerfileFeatures({ settings: () => settingsWith(), images: noImages });

const text = [
  '# syntax=docker/dockerfile:1',
  'ARG V=1',
  'FROM golang:1.22 AS build',
  'RUN go build \\',
  '    -o /out/app',
  'FROM alpine:3.19',
  'COPY --from=build /out/app /app',
  'CMD ["/app"]',
  '',
].join('\n');

describe('dockerfile structure', () => {
  it('outlines stages containing their instructions, global ARGs on top', async () => {
    const symbols = await features.symbols(doc(text), neverCancelled);
    assert.deepEqual(
      symbols.map(s => s.name),
      ['ARG', 'build', 'stage 1'],
    );
    assert.deepEqual(
      symbols[1].children?.map(c => c.name),
      ['FROM', 'RUN'],
    );
    assert.equal(symbols[2].detail, 'alpine:3.19');
    assert.deepEqual(symbols[1].range, { start: { line: 2, character: 0 }, end: { line: 4, character: 15 } });
  });

  it('folds stages, multi-line instructions and heredocs', async () => {
    const folds = await features.foldingRanges(doc(text), neverCancelled);
    assert.deepEqual(
      folds.map(f => [f.startLine, f.endLine]),
      [
        [2, 4],
        [5, 7],
        [3, 4],
      ],
    );
    const heredoc = await features.foldingRanges(doc('FROM a:1\nRUN <<EOT\none\ntwo\nEOT\n'), neverCancelled);
    assert.ok(heredoc.some(f => f.startLine === 1 && f.endLine === 4));
  });

  it('upper-cases keywords and indents continuation lines without touching arguments', async () => {
    const source = 'from alpine:3.19\nrun apk add --no-cache a \\\n b \\\n        c\n';
    const document = doc(source);
    const edits = await features.format(document, { tabSize: 4, insertSpaces: true }, neverCancelled);
    assert.equal(TextDocument.applyEdits(document, edits), 'FROM alpine:3.19\nRUN apk add --no-cache a \\\n    b \\\n    c\n');
    const onbuild = doc('FROM a:1\nonbuild run make\n');
    assert.equal(
      TextDocument.applyEdits(onbuild, await features.format(onbuild, { tabSize: 2, insertSpaces: true }, neverCancelled)),
      'FROM a:1\nONBUILD RUN make\n',
    );
    const heredoc = doc('FROM a:1\nRUN <<EOT\n  keep   this\nEOT\n');
    assert.deepEqual(await features.format(heredoc, { tabSize: 4, insertSpaces: true }, neverCancelled), []);
  });

  it('puts Build/Run CodeLenses above each FROM', async () => {
    const document = doc(text);
    const lenses = await features.codeLenses(document, neverCancelled);
    assert.deepEqual(
      lenses.map(l => [l.range.start.line, l.command?.title, l.command?.command]),
      [
        [2, 'Build this stage', 'dockhand.images.buildFromDockerfile'],
        [5, 'Build image', 'dockhand.images.buildFromDockerfile'],
        [5, 'Run', 'dockhand.images.runFromDockerfile'],
      ],
    );
    assert.deepEqual(lenses[0].command?.arguments, [document.uri, { target: 'build' }]);
    assert.deepEqual(lenses[2].command?.arguments, [document.uri]);
    const unnamed = await features.codeLenses(doc('FROM a:1\nFROM b:1\n'), neverCancelled);
    assert.deepEqual(
      unnamed.map(l => [l.range.start.line, l.command?.title]),
      [
        [1, 'Build image'],
        [1, 'Run'],
      ],
    );
  });

  it('encodes semantic tokens in order with the exported legend', async () => {
    const tokens = await features.semanticTokens?.(doc('# c\nFROM a:1 AS b\nRUN --network=none echo "$X"\n'), neverCancelled);
    const types = dockerfileSemanticTokensLegend.tokenTypes;
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    const data = tokens?.data ?? [];
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      decoded.push(`${line}:${character}:${data[i + 2]}:${types[data[i + 3]]}`);
    }
    assert.deepEqual(decoded, ['0:0:3:comment', '1:0:4:keyword', '1:12:1:class', '2:0:3:keyword', '2:6:7:parameter', '2:25:2:variable']);
  });
});

describe('dockerfile document links', () => {
  it('links Docker Hub images in FROM, not other registries, stages or variables', async () => {
    const source =
      'ARG IMG=x\nFROM node:20 AS base\nFROM bitnami/redis:7\nFROM ghcr.io/a/b:1\nFROM base\nFROM $IMG\nFROM docker.io/library/alpine:3.19\nFROM scratch\n';
    const links = await features.documentLinks?.(doc(source), neverCancelled);
    assert.deepEqual(
      links?.map(l => [l.range.start.line, l.target]),
      [
        [1, 'https://hub.docker.com/_/node'],
        [2, 'https://hub.docker.com/r/bitnami/redis'],
        [6, 'https://hub.docker.com/_/alpine'],
      ],
    );
  });
});
