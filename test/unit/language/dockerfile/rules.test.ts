import * as assert from 'node:assert/strict';
import { dockerfileRules } from '../../../../src/language/dockerfile';
import { codes, lint } from './helpers';
import { practiceCases, semanticCases, syntaxCases, type RuleCases } from './ruleCases';

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

describe('dockerfile rules: the table', () => {
  it('covers every rule with cases', () => {
    const covered = new Set([...syntaxCases, ...semanticCases, ...practiceCases].map(c => c.code));
    assert.deepEqual(dockerfileRules.map(r => r.code).filter(code => !covered.has(code)), []);
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
    assert.deepEqual(lint(text).map(d => d.code), []);
    assert.deepEqual(lint(text, { 'dockerfile.consecutive-run': 'hint' }).map(d => d.code), ['dockerfile.consecutive-run']);
  });
});
