import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { neverCancelled } from '../../../../src/language/common/documents';
import { noImages } from '../../../../src/language/common/EngineImages';
import { defaultLanguageSettings } from '../../../../src/language/common/LanguageFeatures';
import { createDockerfileFeatures } from '../../../../src/language/dockerfile';
import { validateDocument } from '../../../../src/language/dockerfile/features/validate';
import type { DfDocument } from '../../../../src/language/dockerfile/parse/model';
import { parseFull } from '../../../../src/language/dockerfile/parse/parseDockerfile';
import { parseIncremental } from '../../../../src/language/dockerfile/parse/splice';
import { generateDockerfile } from './generate';
import { fixtures } from './helpers';
import { mulberry32 } from '../../../support/prng';

/** What a feature can observe of a parse: everything but the text index and how it was made. */
function observable(doc: DfDocument): unknown {
  return JSON.parse(JSON.stringify({ i: doc.instructions, c: doc.comments, s: doc.stages, d: doc.directives, e: doc.escape }));
}

const snippets = [
  'RUN echo hi\n',
  '# escape=`\n',
  '# syntax=x\n',
  '\n',
  'COPY a b \\\n',
  '# note\n',
  'ENV X=1\n',
  'FROM x:1 AS y\n',
  'RUN <<EOT\n',
  'EOT\n',
  '\\\n',
  '"',
  'ARG A\n',
];

describe('dockerfile incremental parse', () => {
  it('re-parses only a slice for an edit in the middle of a big file', () => {
    const text = generateDockerfile(40, 20);
    const before = parseFull(text);
    const offset = text.indexOf('apk add --no-cache curl-7', text.length / 2);
    const after = parseIncremental(`${text.slice(0, offset)}x${text.slice(offset)}`, before);
    assert.equal(after.parsedBy, 'splice');
    assert.deepEqual(observable(after), observable(parseFull(after.text)));
  });

  it('falls back to a full parse when the directives change', () => {
    const text = '# escape=\\\nFROM a:1\nRUN x\n';
    assert.equal(parseIncremental(text.replace('\\\n', '`\n'), parseFull(text)).parsedBy, 'full');
  });

  it('equals a full parse after a thousand and more random edits', function () {
    this.timeout(30_000);
    const random = mulberry32(20261123);
    for (const { text } of fixtures()) {
      let current = parseFull(text);
      for (let step = 0; step < 80; step++) {
        const source = current.text;
        const at = Math.floor(random() * (source.length + 1));
        const remove = random() < 0.5 ? Math.floor(random() * 12) : 0;
        const insert = random() < 0.7 ? snippets[Math.floor(random() * snippets.length)] : '';
        const next = source.slice(0, at) + insert + source.slice(at + remove);
        current = parseIncremental(next, current);
        const fresh = parseFull(next);
        const where = `edit ${step} at ${at}: ${JSON.stringify(insert)} -${remove}`;
        assert.deepEqual(observable(current), observable(fresh), where);
        // Findings cached on reused instructions must move with them.
        assert.deepEqual(validateDocument(current, defaultLanguageSettings), validateDocument(fresh, defaultLanguageSettings), where);
      }
    }
  });
});

describe('dockerfile service across document versions', () => {
  it('answers each version of an edited big file as a fresh service would', async () => {
    const deps = { settings: () => defaultLanguageSettings, images: noImages };
    const editing = createDockerfileFeatures(deps);
    const random = mulberry32(7);
    let text = generateDockerfile(8, 6);
    const edits = ['RUN apt-get install curl\n', 'MAINTAINER me\n', 'CMD node x\n', 'FROM Bad:1\n', 'WORKDIR rel\n', '\n'];
    for (let version = 1; version <= 40; version++) {
      const lineStarts = [0, ...[...text.matchAll(/\n/g)].map(m => (m.index ?? 0) + 1)];
      const at = lineStarts[Math.floor(random() * lineStarts.length)];
      text =
        random() < 0.7
          ? text.slice(0, at) + edits[Math.floor(random() * edits.length)] + text.slice(at)
          : text.slice(0, at) + text.slice(text.indexOf('\n', at) + 1);
      const uri = 'file:///w/versions/Dockerfile';
      const got = await editing.validate(TextDocument.create(uri, 'dockerfile', version, text), neverCancelled);
      const fresh = await createDockerfileFeatures(deps).validate(TextDocument.create(uri, 'dockerfile', version, text), neverCancelled);
      assert.deepEqual(got, fresh, `version ${version}`);
    }
  });
});
