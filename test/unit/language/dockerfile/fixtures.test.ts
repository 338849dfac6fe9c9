import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { fixtures, lint } from './helpers';

describe('dockerfile: realistic Dockerfiles produce nothing false', () => {
  const all = fixtures();

  it('has a corpus of realistic files', () => {
    assert.ok(all.length >= 15, `only ${all.length} fixtures`);
  });

  for (const { name, text } of all) {
    it(`${name}: no errors or warnings`, () => {
      const loud = lint(text).filter(d => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
      assert.deepEqual(
        loud.map(d => `${d.range.start.line + 1}: ${String(d.code)} ${d.message}`),
        [],
      );
    });
  }
});
