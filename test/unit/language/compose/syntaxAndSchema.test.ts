import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { coveredText, diagnose, findings } from './composeHarness';

describe('compose diagnostics: YAML and schema', () => {
  it('reports YAML syntax errors', async () => {
    const found = await findings('services:\n  web:\n    image: [nginx\n', 'compose.yaml-syntax');
    assert.ok(found.length >= 1);
    assert.doesNotMatch(found[0].message, /at line \d+/);
  });

  it('reports an alias without an anchor, and a merge of something that is not a mapping', async () => {
    const text = 'services:\n  web:\n    image: x\n    profiles: [*dev]\n  db:\n    <<: 5\n    image: y\n';
    const syntax = await findings(text, 'compose.yaml-syntax');
    assert.deepEqual(
      syntax.map(d => coveredText(text, d)),
      ['*dev', '<<'],
    );
    assert.match(syntax[0].message, /`\*dev` refers to no anchor/);
    assert.match(syntax[1].message, /`<<` can only merge a mapping/);
  });

  it('survives aliases that expand exponentially or refer to their own ancestors', async () => {
    const laughs = ['x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < 9; level++) {
      const prev = String.fromCharCode(96 + level);
      laughs.push(`x-${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const text = `${laughs.join('\n')}\nservices:\n  web: &web\n    image: x\n    labels: { self: *web }\n`;
    // Bounded in CPU time, not wall time: a loaded machine must not fail it, an expansion of
    // 9^9 nodes (or endless recursion) still would.
    const started = process.cpuUsage();
    await diagnose(text);
    const used = process.cpuUsage(started);
    assert.ok((used.user + used.system) / 1000 < 5_000, `${(used.user + used.system) / 1000} ms of CPU`);
  });

  it('reports a duplicate key on the second occurrence', async () => {
    const text = 'services:\n  web:\n    image: a\n    image: b\n';
    const found = await findings(text, 'compose.duplicate-key');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 3);
    assert.equal(coveredText(text, found[0]), 'image');
  });

  it('names the unknown key, where it is, and the key probably meant', async () => {
    const text = 'services:\n  web:\n    image: nginx\n    build:\n      context: .\n      targt: prod\n';
    const [finding, ...rest] = await findings(text, 'compose.schema', { files: { x: '' } });
    assert.deepEqual(rest, []);
    assert.equal(coveredText(text, finding), 'targt');
    assert.equal(finding.message, 'Unknown key `targt` in `build` of service `web` — did you mean `target`?');
  });

  it('gives one diagnostic for a oneOf with several branches, from the branch being written', async () => {
    const text =
      'services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        conditon: service_healthy\n  db:\n    image: postgres\n';
    const found = await findings(text, 'compose.schema');
    assert.deepEqual(
      found.map(d => d.message),
      ['Unknown key `conditon` in `depends_on.db` of service `web` — did you mean `condition`?'],
    );
  });

  it('says which types a oneOf accepts when none fits', async () => {
    const text = 'services:\n  web:\n    image: nginx\n    build: 42\n';
    const found = await findings(text, 'compose.schema');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /`build` in service `web` must be a string or a mapping, not a number/);
  });

  it('places type and enum errors on the value', async () => {
    const text = 'services:\n  web:\n    image: nginx\n    cgroup: hots\n    restart: [always]\n';
    const found = await findings(text, 'compose.schema');
    assert.deepEqual(found.map(d => coveredText(text, d)).sort(), ['[always]', 'hots']);
    assert.ok(found.some(d => /one of `host`, `private` — did you mean `host`\?/.test(d.message)));
  });

  it('reports a missing required key', async () => {
    const text = 'services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        required: true\n  db: { image: x }\n';
    const found = await findings(text, 'compose.schema');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Missing required key `condition` in `depends_on.db` of service `web`/);
  });

  it('accepts extension keys', async () => {
    assert.deepEqual(await findings('x-common: &c { a: 1 }\nservices:\n  web:\n    image: nginx\n    x-note: hi\n', 'compose.schema'), []);
  });

  it('can be switched off for co-existence with another schema validator', async () => {
    const text = 'services:\n  web:\n    image: nginx\n    vloumes: []\n';
    assert.equal((await findings(text, 'compose.schema')).length, 1);
    assert.deepEqual(await findings(text, 'compose.schema', { compose: { schemaValidation: false } }), []);
  });

  it('drops the generic syntax error a full-width colon causes, keeping the explanation', async () => {
    const diagnostics = await diagnose('services:\n  web:\n    image：nginx\n    restart: always\n');
    assert.deepEqual(
      diagnostics.map(d => d.code),
      ['compose.full-width-colon'],
    );
  });

  it('keeps a full-width colon inside a value alone', async () => {
    assert.deepEqual(
      await findings('services:\n  web:\n    image: nginx\n    command: echo "时间：现在"\n', 'compose.full-width-colon'),
      [],
    );
  });

  it('applies severities from settings and drops rules set to off', async () => {
    const text = 'version: "3"\nservices:\n  web: { image: nginx, links: [db] }\n  db: { image: x }\n';
    const diagnostics = await diagnose(text, {
      compose: { rules: { 'compose.obsolete-version': 'warning', 'compose.legacy-links': 'off' } },
    });
    assert.deepEqual(
      diagnostics.map(d => [d.code, d.severity, d.source]),
      [['compose.obsolete-version', DiagnosticSeverity.Warning, 'dockhand']],
    );
  });
});
