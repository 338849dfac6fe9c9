// Dockhand reads Dockerfiles with its own tokenizer (src/language/dockerfile/parse). It replaced
// dockerfile-ast on the validation path for speed, and promised to change nothing: these tests
// hold every record (ranges included) and every diagnostic to what dockerfile-ast made of the
// same text, over the fixtures, the rule cases, generated files and random edit chains.
import * as assert from 'node:assert/strict';
import { defaultLanguageSettings, type LanguageSettings } from '../../../../src/language/common/LanguageFeatures';
import { LineIndex } from '../../../../src/language/common/lineIndex';
import { dockerfileRules } from '../../../../src/language/dockerfile';
import { validateDocument } from '../../../../src/language/dockerfile/features/validate';
import type { DfDocument } from '../../../../src/language/dockerfile/parse/model';
import { computeStages, parseFull } from '../../../../src/language/dockerfile/parse/parseDockerfile';
import { applyEdit, randomEdit } from '../../../support/fuzz/edits';
import { mulberry32 } from '../../../support/prng';
import { parseWithDockerfileAst } from './astReference';
import { generateDockerfile } from './generate';
import { fixtures } from './helpers';
import { target } from './fuzzTarget';
import { environmentCases, practiceCases, semanticCases, syntaxCases } from './ruleCases';

/** Every rule on, the off-by-default ones included, so that every record a rule reads is exercised. */
const allOn: LanguageSettings = {
  ...defaultLanguageSettings,
  dockerfile: { rules: Object.fromEntries(dockerfileRules.map(r => [r.code, r.defaultSeverity === 'off' ? 'hint' : r.defaultSeverity])) },
};

function referenceDocument(text: string): DfDocument {
  const parsed = parseWithDockerfileAst(text);
  return { text, lines: new LineIndex(text), ...parsed, stages: computeStages(parsed.instructions), parsedBy: 'full' };
}

function records(doc: DfDocument): unknown {
  return JSON.parse(JSON.stringify({ e: doc.escape, d: doc.directives, i: doc.instructions, c: doc.comments }));
}

/** Our parse and dockerfile-ast's agree on `text`: the same records, the same diagnostics (or both throw). */
function assertSame(text: string, label: string): void {
  let ours: DfDocument | Error;
  let theirs: DfDocument | Error;
  try {
    ours = parseFull(text);
  } catch (err) {
    ours = err as Error;
  }
  try {
    theirs = referenceDocument(text);
  } catch (err) {
    theirs = err as Error;
  }
  if (ours instanceof Error || theirs instanceof Error) {
    assert.ok(ours instanceof Error && theirs instanceof Error, `${label}: only one parser threw on ${JSON.stringify(text)}`);
    return;
  }
  assert.deepEqual(records(ours), records(theirs), `${label}: records differ for ${JSON.stringify(text)}`);
  assert.deepEqual(
    JSON.parse(JSON.stringify(validateDocument(ours, allOn))),
    JSON.parse(JSON.stringify(validateDocument(theirs, allOn))),
    `${label}: diagnostics differ for ${JSON.stringify(text)}`,
  );
}

describe("dockerfile parse: Dockhand's tokenizer against dockerfile-ast", function () {
  this.timeout(60_000); // dockerfile-ast's side of the comparison is the slow one
  it('reads every fixture Dockerfile the same', () => {
    for (const { name, text } of fixtures()) {
      assertSame(text, name);
    }
  });

  it('reads every rule case the same', () => {
    for (const cases of [syntaxCases, semanticCases, practiceCases, environmentCases]) {
      for (const { code, triggers, quiet } of cases) {
        [...triggers, ...quiet].forEach((text, i) => assertSame(text, `${code} #${i}`));
      }
    }
  });

  it('reads generated multi-stage files the same, CRLF line ends included', () => {
    for (const [stages, runs] of [
      [1, 1],
      [3, 5],
      [12, 8],
      [40, 20],
    ]) {
      const text = generateDockerfile(stages, runs);
      assertSame(text, `generated ${stages}×${runs}`);
      if (stages < 40) {
        assertSame(text.replace(/\n/g, '\r\n'), `generated ${stages}×${runs} CRLF`);
      }
    }
  });

  it('reads the same after each of thousands of random edits (escapes, heredocs, quotes, lone CRs)', () => {
    const random = mulberry32(9090);
    const seeds = target.seeds();
    const fragments = [...target.fragments, '\r', '\r\n', '\t', '<<-EOF\n\tEOF\n', '<\\<EOF\n', '${A:-b}', '$A', '\\ \n', '` \n', '#c\n'];
    let checked = 0;
    for (let chain = 0; chain < 300; chain++) {
      let text = seeds[chain % seeds.length];
      const steps = 1 + Math.floor(random() * 10);
      for (let step = 0; step < steps; step++) {
        const edit = randomEdit(text, random, fragments, seeds);
        // Editors normalize a lone \r; other clients may not, so half the edits keep it.
        text = random() < 0.5 ? applyEdit(text, edit) : text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
        assertSame(text, `chain ${chain} step ${step}`);
        checked++;
      }
    }
    assert.ok(checked > 1000, `${checked} edited texts checked`);
  });
});
