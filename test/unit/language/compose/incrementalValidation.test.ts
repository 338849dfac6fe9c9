// Reusing chunks and per-service findings across edits must never change what is reported:
// after every edit, the diagnostics equal those of a fresh service that sees the text once.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import { generateCompose } from '../../../../bench/compose/generateCompose';
import { composeFeatures } from './composeHarness';

const key = (d: Diagnostic) =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code as string} ${d.message}`;

describe('compose incremental validation', function () {
  this.timeout(30_000);
  it('reports after each edit exactly what a fresh parse reports', async () => {
    const editing = composeFeatures();
    const uri = 'file:///project/compose.yaml';
    let text = `x-net: &net\n  networks: [backend]\n${generateCompose(8)}`;
    // Each edit, and a rule that must report on the result (or '' when the edit repairs).
    const edits: readonly [(t: string) => string, string][] = [
      [t => t.replace('  service-2:\n', '  service-2:\n    net: host\n'), 'compose.removed-v1-key'],
      [t => t.replace('"10003:8080"', '"10003: 8080"'), 'compose.invalid-port'],
      [t => t.replace('LOG_LEVEL: ${LOG_LEVEL:-info}', 'LOG_LEVEL: ${LOG_LEVEL:x}'), 'compose.invalid-interpolation'],
      [t => t.replace('    net: host\n', ''), ''],
      [t => t.replace('  service-4:\n    <<: *defaults\n', '  service-4:\n    <<: *defaults\n    <<: *net\n'), ''],
      [t => t.replace('restart: unless-stopped', 'restart: [no]'), 'compose.schema'],
      [t => t.replace('x-defaults: &defaults', 'x-defaults: &defaultz'), 'compose.yaml-syntax'],
      [t => t.replace('x-defaults: &defaultz', 'x-defaults: &defaults'), ''],
      [t => t.replace('"10005:8080"', '"10001:8080"'), 'compose.duplicate-host-port'],
      [t => t.replace('  service-6:\n', '  service-6:\n    vloumes: []\n'), 'compose.schema'],
      [t => t.replace('    image: "example.org/service-7', "    image: 'example.org/service-7"), 'compose.yaml-syntax'],
      [t => t.replace("    image: 'example.org/service-7", '    image: "example.org/service-7'), ''],
    ];
    for (let version = 1; version <= edits.length; version++) {
      const [edit, expected] = edits[version - 1];
      text = edit(text);
      const incremental = await editing.validate(TextDocument.create(uri, 'dockercompose', version, text), neverCancelled);
      const fresh = await composeFeatures().validate(TextDocument.create(uri, 'dockercompose', 1, text), neverCancelled);
      assert.deepEqual(incremental.map(key).sort(), fresh.map(key).sort(), `after edit ${version}`);
      if (expected) {
        assert.ok(
          fresh.some(d => d.code === expected),
          `edit ${version} should give ${expected}:\n${fresh.map(key).join('\n')}`,
        );
      }
    }
  });
});
