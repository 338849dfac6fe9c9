import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { composeRules } from '../../../../src/language/compose';
import { repoRoot } from '../../../support/fixtures';

describe('compose rule catalog', () => {
  it('lists each rule once, with a compose.kebab-case code, a severity and a description', () => {
    const codes = composeRules.map(r => r.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const rule of composeRules) {
      assert.match(rule.code, /^compose\.[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.defaultSeverity));
      assert.ok(rule.description.length > 10, rule.code);
    }
  });

  it('has a documentation page for every rule, and none for rules that do not exist', () => {
    const folder = path.join(repoRoot, 'docs', 'rules', 'compose');
    const pages = fs
      .readdirSync(folder)
      .map(name => `compose.${name.replace(/\.md$/, '')}`)
      .sort();
    assert.deepEqual(pages, composeRules.map(r => r.code).sort());
  });
});
