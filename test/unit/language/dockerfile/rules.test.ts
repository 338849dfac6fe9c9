import * as assert from 'node:assert/strict';
import { dockerfileRules } from '../../../../src/language/dockerfile';
import { codes, environmentCodes, lint } from './helpers';
import { environmentCases, practiceCases, semanticCases, syntaxCases, type RuleCases } from './ruleCases';

function describeCases(title: string, table: readonly RuleCases[]): void {
  describe(title, () => {
    for (const { code, triggers, quiet } of table) {
      describe(code, () => {
        for (const text of triggers) {
          it(`triggers on ${JSON.stringify(text)}`, () => {
            assert.ok(codes(text, code).length > 0, `expected ${code}`);
          });
        }
        for (const text of quiet) {
          it(`stays quiet on ${JSON.stringify(text)}`, () => {
            assert.deepEqual(codes(text, code), []);
          });
        }
      });
    }
  });
}

describeCases('dockerfile rules: syntax and builder errors', syntaxCases);
describeCases('dockerfile rules: semantics', semanticCases);
describeCases('dockerfile rules: best practices', practiceCases);

describe('dockerfile rules: build context and engine', () => {
  for (const { code, triggers, quiet } of environmentCases) {
    describe(code, () => {
      for (const text of triggers) {
        it(`triggers on ${JSON.stringify(text)}`, async () => {
          assert.ok((await environmentCodes(text, code)).length > 0, `expected ${code}`);
        });
      }
      for (const text of quiet) {
        it(`stays quiet on ${JSON.stringify(text)}`, async () => {
          assert.deepEqual(await environmentCodes(text, code), []);
        });
      }
      it('stays quiet without a build context or engine (an unsaved file, the standalone server)', () => {
        assert.deepEqual(
          triggers.flatMap(text => codes(text, code)),
          [],
        );
      });
    });
  }
});

describe('dockerfile rules: the table', () => {
  it('covers every rule with cases', () => {
    const covered = new Set([...syntaxCases, ...semanticCases, ...practiceCases, ...environmentCases].map(c => c.code));
    assert.deepEqual(
      dockerfileRules.map(r => r.code).filter(code => !covered.has(code)),
      [],
    );
  });

  it('has unique dockerfile.<kebab> codes', () => {
    const all = dockerfileRules.map(r => r.code);
    assert.equal(new Set(all).size, all.length);
    assert.ok(all.every(code => /^dockerfile\.[a-z]+(-[a-z]+)*$/.test(code)));
  });
});

describe('dockerfile rules: off by default', () => {
  it('reports consecutive RUNs only when the project turns the rule on', () => {
    const text = 'FROM a:1\nRUN a\nRUN b\n';
    assert.deepEqual(
      lint(text).map(d => d.code),
      [],
    );
    assert.deepEqual(
      lint(text, { 'dockerfile.consecutive-run': 'hint' }).map(d => d.code),
      ['dockerfile.consecutive-run'],
    );
  });
});
