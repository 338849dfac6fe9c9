import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dockerfileRules } from '../../../../src/language/dockerfile';
import { repoRoot } from '../../../support/fixtures';
import { codes, environmentCodes } from './helpers';
import { environmentCases } from './ruleCases';

const environmentRules = new Set(environmentCases.map(c => c.code));

/** The `# reported` and `# fine` examples of a rule page, made into whole Dockerfiles. */
function examples(page: string): { reported: string; fine: string } {
  const block = (label: string): string => {
    const match = new RegExp('```dockerfile\\n# ' + label + '\\n([\\s\\S]*?)```').exec(page);
    assert.ok(match, `no '# ${label}' example`);
    const body = match[1];
    return /^FROM /im.test(body) ? body : `FROM alpine:3.19\n${body}`;
  };
  return { reported: block('reported'), fine: block('fine') };
}

describe('dockerfile rule docs', () => {
  it('lists every rule in the index', () => {
    const index = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', 'dockerfile', 'README.md'), 'utf8');
    assert.deepEqual(
      dockerfileRules.filter(r => !index.includes(`[${r.code}](${r.code.replace(/^dockerfile\./, '')}.md)`)).map(r => r.code),
      [],
    );
  });

  for (const rule of dockerfileRules) {
    const name = rule.code.replace(/^dockerfile\./, '');
    it(`${rule.code} has a page whose examples behave as it says`, async () => {
      const file = path.join(repoRoot, 'docs', 'rules', 'dockerfile', `${name}.md`);
      const page = fs.readFileSync(file, 'utf8');
      assert.match(page, /## What[\s\S]*## Why[\s\S]*## Fix/);
      const { reported, fine } = examples(page);
      // Rules that read the build context run their examples against the test context (helpers.testContext).
      const check = (text: string) =>
        environmentRules.has(rule.code) ? environmentCodes(text, rule.code) : Promise.resolve(codes(text, rule.code));
      assert.ok((await check(reported)).length > 0, `the reported example does not trigger ${rule.code}`);
      assert.deepEqual(await check(fine), [], 'the fine example triggers the rule');
    });
  }
});

describe('dockerfile rule docs: severities', () => {
  it("state each rule's default severity, in the page and the index", () => {
    const dir = path.join(repoRoot, 'docs', 'rules', 'dockerfile');
    const index = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const rule of dockerfileRules) {
      const name = rule.code.replace(/^dockerfile\./, '');
      assert.match(
        fs.readFileSync(path.join(dir, `${name}.md`), 'utf8'),
        new RegExp(`Default severity: \\*\\*${rule.defaultSeverity}\\*\\*`),
        rule.code,
      );
      assert.ok(index.includes(`(${name}.md) | ${rule.defaultSeverity} |`), `${rule.code} in the index`);
    }
  });
});
