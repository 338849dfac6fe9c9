import * as assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import type { ImageSource } from '../../../../src/language/common/EngineImages';
import { createDockerfileFeatures } from '../../../../src/language/dockerfile';
import { doc, settingsWith } from './helpers';

const images: ImageSource = {
  list: () =>
    Promise.resolve([
      { reference: 'node:20-alpine', id: 'sha256:1', size: 1, created: '2026-01-01' },
      { reference: 'node:22', id: 'sha256:2', size: 1, created: '2026-01-01' },
      { reference: 'myapp:dev', id: 'sha256:3', size: 1, created: '2026-01-01' },
    ]),
  inspect: () => Promise.resolve(undefined),
};

/** Labels offered where `|` stands in `text`. */
async function labelsAt(textWithCursor: string): Promise<string[]> {
  const offset = textWithCursor.indexOf('|');
  const document = doc(textWithCursor.replace('|', ''));
  const features = createDockerfileFeatures({ settings: () => settingsWith(), images });
  const items: CompletionItem[] = await features.complete(document, document.positionAt(offset), neverCancelled);
  return items.map(i => i.label);
}

describe('dockerfile completion', () => {
  it('offers only FROM and ARG before the first FROM', async () => {
    assert.deepEqual((await labelsAt('|')).sort(), ['ARG', 'FROM']);
    assert.deepEqual((await labelsAt('ARG A=1\n|')).sort(), ['ARG', 'FROM']);
  });

  it('offers every instruction, as snippets, inside a stage', async () => {
    const labels = await labelsAt('FROM a:1\nR|');
    assert.ok(['RUN', 'COPY', 'HEALTHCHECK', 'FROM', 'ONBUILD'].every(k => labels.includes(k)));
    const features = createDockerfileFeatures({ settings: () => settingsWith(), images });
    const document = doc('FROM a:1\n');
    const run = (await features.complete(document, { line: 1, character: 0 }, neverCancelled)).find(i => i.label === 'RUN');
    assert.equal(run?.insertTextFormat, 2);
  });

  it('leaves out FROM, MAINTAINER and ONBUILD after ONBUILD', async () => {
    const labels = await labelsAt('FROM a:1\nONBUILD |');
    assert.ok(labels.includes('RUN') && labels.includes('COPY'));
    assert.ok(!labels.includes('FROM') && !labels.includes('MAINTAINER') && !labels.includes('ONBUILD'));
  });

  it('completes an ONBUILD trigger as the instruction it runs', async () => {
    assert.ok((await labelsAt('FROM a:1\nONBUILD COPY --|')).includes('--chown'));
    assert.deepEqual(await labelsAt('FROM a:1\nONBUILD HEALTHCHECK |'), ['CMD', 'NONE']);
  });

  it('offers parser directives in the leading comments only', async () => {
    assert.deepEqual(await labelsAt('# |'), ['# syntax=', '# escape=', '# check=']);
    assert.deepEqual(await labelsAt('FROM a:1\n# |'), []);
  });

  it("offers each instruction's flags", async () => {
    assert.deepEqual(await labelsAt('FROM a:1\nCOPY --|'), ['--from', '--chown', '--chmod', '--link', '--parents', '--exclude']);
    assert.ok((await labelsAt('FROM a:1\nADD --|')).includes('--checksum'));
    assert.ok((await labelsAt('FROM a:1\nADD --|')).includes('--keep-git-dir'));
    assert.deepEqual(await labelsAt('FROM a:1\nRUN --|'), ['--mount', '--network', '--security']);
    assert.deepEqual(await labelsAt('FROM --|'), ['--platform']);
    assert.deepEqual(await labelsAt('FROM a:1\nHEALTHCHECK --|'), [
      '--interval',
      '--timeout',
      '--start-period',
      '--start-interval',
      '--retries',
    ]);
  });

  it('replaces what was typed of a flag, a directive or an image reference', async () => {
    const features = createDockerfileFeatures({ settings: () => settingsWith(), images });
    const itemAt = async (text: string, label: string): Promise<CompletionItem | undefined> => {
      const document = doc(text);
      return (await features.complete(document, document.positionAt(text.length), neverCancelled)).find(i => i.label === label);
    };
    const flag = await itemAt('FROM a:1\nCOPY --fr', '--from');
    assert.deepEqual(flag?.textEdit, { range: { start: { line: 1, character: 5 }, end: { line: 1, character: 9 } }, newText: '--from=' });
    const directive = await itemAt('# sy', '# syntax=');
    assert.deepEqual(directive?.textEdit && 'range' in directive.textEdit ? directive.textEdit.range : undefined, {
      start: { line: 0, character: 0 },
      end: { line: 0, character: 4 },
    });
    const tag = await itemAt('FROM node:2', '20-alpine');
    assert.deepEqual(tag?.textEdit, {
      range: { start: { line: 0, character: 10 }, end: { line: 0, character: 11 } },
      newText: '20-alpine',
    });
    const image = await itemAt('FROM my', 'myapp:dev');
    assert.deepEqual(image?.textEdit, {
      range: { start: { line: 0, character: 5 }, end: { line: 0, character: 7 } },
      newText: 'myapp:dev',
    });
  });

  it('offers flag values', async () => {
    assert.deepEqual(await labelsAt('FROM a:1\nRUN --network=|'), ['default', 'none', 'host']);
    assert.deepEqual(await labelsAt('FROM a:1\nRUN --security=|'), ['sandbox', 'insecure']);
    assert.ok((await labelsAt('FROM --platform=|')).includes('$BUILDPLATFORM'));
    assert.deepEqual(await labelsAt('FROM a:1\nCOPY --link=|'), ['true', 'false']);
  });

  it('offers --mount types, the options of the chosen type, and option values', async () => {
    assert.deepEqual(await labelsAt('FROM a:1\nRUN --mount=type=|'), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
    const cache = await labelsAt('FROM a:1\nRUN --mount=type=cache,|');
    assert.ok(cache.includes('target') && cache.includes('sharing') && !cache.includes('type') && !cache.includes('env'));
    assert.ok((await labelsAt('FROM a:1\nRUN --mount=type=secret,|')).includes('env'));
    assert.deepEqual(await labelsAt('FROM a:1\nRUN --mount=type=cache,sharing=|'), ['shared', 'private', 'locked']);
  });

  it('offers the predefined build args after ARG', async () => {
    const labels = await labelsAt('FROM a:1\nARG |');
    assert.ok(labels.includes('TARGETPLATFORM') && labels.includes('BUILDARCH'));
  });

  it('offers HEALTHCHECK CMD and NONE, and signals after STOPSIGNAL', async () => {
    assert.deepEqual(await labelsAt('FROM a:1\nHEALTHCHECK |'), ['CMD', 'NONE']);
    assert.deepEqual(await labelsAt('FROM a:1\nHEALTHCHECK --interval=5s |'), ['CMD', 'NONE']);
    const signals = await labelsAt('FROM a:1\nSTOPSIGNAL |');
    assert.ok(signals.includes('SIGTERM') && signals.includes('SIGQUIT'));
  });

  it('offers variables in scope and the predefined args after $ and ${', async () => {
    const labels = await labelsAt('ARG GLOBAL=1\nFROM a:1\nARG VERSION=2\nENV HOME_DIR=/h\nRUN echo ${|');
    assert.ok(labels.includes('VERSION') && labels.includes('HOME_DIR') && labels.includes('TARGETARCH') && labels.includes('HTTP_PROXY'));
    assert.ok(!labels.includes('GLOBAL'), 'a global ARG is not in scope inside a stage');
    const later = await labelsAt('FROM a:1\nRUN echo $|\nARG LATER=1\n');
    assert.ok(!later.includes('LATER'));
    assert.ok((await labelsAt('ARG GLOBAL=1\nFROM node:$|')).includes('GLOBAL'));
    const inherited = await labelsAt('FROM a:1 AS base\nENV FROM_BASE=1\nARG BASE_ONLY=1\nFROM base\nRUN echo $|');
    assert.ok(inherited.includes('FROM_BASE'), 'ENV is inherited by a stage built FROM another');
    assert.ok(!inherited.includes('BASE_ONLY'), 'ARG is not inherited');
  });

  it('offers earlier stage names after COPY --from= and in FROM', async () => {
    const text = 'FROM a:1 AS deps\nFROM b:1 AS build\nCOPY --from=|\nFROM c:1 AS later\n';
    assert.deepEqual(await labelsAt(text), ['deps']);
    assert.ok((await labelsAt('FROM a:1 AS deps\nFROM |')).includes('deps'));
  });

  it('offers local images and, after a colon, their tags in FROM', async () => {
    const names = await labelsAt('FROM |');
    assert.ok(names.includes('node:20-alpine') && names.includes('myapp:dev') && names.includes('scratch'));
    assert.deepEqual(
      (await labelsAt('FROM node:|')).filter(l => l !== 'scratch'),
      ['20-alpine', '22'],
    );
    assert.deepEqual(await labelsAt('FROM node:20 |'), ['AS']);
  });
});
