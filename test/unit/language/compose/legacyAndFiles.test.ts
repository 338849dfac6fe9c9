import * as assert from 'node:assert/strict';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { coveredText, findings } from './composeHarness';

describe('compose diagnostics: legacy syntax', () => {
  it('hints that `version` is obsolete, faded as unnecessary', async () => {
    const [finding] = await findings('version: "3.8"\nservices:\n  web: { image: x }\n', 'compose.obsolete-version');
    assert.equal(finding.severity, DiagnosticSeverity.Hint);
    assert.deepEqual(finding.tags, [DiagnosticTag.Unnecessary]);
    assert.deepEqual(await findings('services:\n  web: { image: x }\n', 'compose.obsolete-version'), []);
  });

  it('hints that `links` is legacy', async () => {
    const found = await findings('services:\n  web: { image: x, links: [db] }\n  db: { image: x }\n', 'compose.legacy-links');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, DiagnosticSeverity.Hint);
    assert.deepEqual(await findings('services:\n  web: { image: x, depends_on: [db] }\n  db: { image: x }\n', 'compose.legacy-links'), []);
  });

  it('reports removed v1 keys with their replacement', async () => {
    const text = 'services:\n  web:\n    image: x\n    net: host\n    log_driver: syslog\n    network_mode: host\n';
    const found = await findings(text, 'compose.removed-v1-key');
    assert.deepEqual(
      found.map(d => coveredText(text, d)),
      ['net', 'log_driver'],
    );
    assert.match(found[0].message, /use `network_mode`/);
    assert.match(found[1].message, /`logging.driver`/);
  });

  it('reports misspelled sections, not correct ones or extensions', async () => {
    const text = 'service:\n  web: { image: x }\nnetwork:\n  n: {}\nx-service: {}\nvolumes: {}\n';
    const found = await findings(text, 'compose.misspelled-section');
    assert.deepEqual(
      found.map(d => coveredText(text, d)),
      ['service', 'network'],
    );
  });

  it('explains list items that a space after `:` turned into mappings', async () => {
    const text =
      'services:\n  web:\n    image: x\n    volumes:\n      - ./data: /data\n      - type: bind\n        source: ./a\n        target: /a\n    ports:\n      - 80: 80\n';
    const found = await findings(text, 'compose.space-after-colon');
    assert.deepEqual(
      found.map(d => coveredText(text, d)),
      ['./data: /data', '80: 80'],
    );
  });
});

describe('compose diagnostics: files on disk', () => {
  const text =
    'services:\n  web:\n    build: ./web\n    env_file: [web.env, missing.env, { path: optional.env, required: false }]\n  api:\n    build:\n      context: ./nope\n    env_file: api.env\n  remote:\n    build: https://github.com/example/app.git\n';

  it('warns about env files and build contexts that do not exist, relative to the compose file', async () => {
    const found = await findings(text, 'compose.missing-file', { files: { 'web/Dockerfile': '', 'web.env': 'A=1' } });
    assert.deepEqual(
      found.map(d => coveredText(text, d)),
      ['missing.env', './nope', 'api.env'],
    );
    assert.ok(found.every(d => d.severity === DiagnosticSeverity.Warning));
  });

  it('is quiet when everything exists', async () => {
    const found = await findings(text, 'compose.missing-file', {
      files: { 'web/Dockerfile': '', 'web.env': '', 'missing.env': '', 'nope/Dockerfile': '', 'api.env': '' },
    });
    assert.deepEqual(found, []);
  });
});
