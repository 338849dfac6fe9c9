// Realistic compose files, one per common feature, that must produce no errors or warnings:
// the guard against rules that cry wolf.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import { diskFeatures, fixtureDocuments } from './composeHarness';

describe('compose diagnostics: the fixture corpus is clean', () => {
  const features = diskFeatures();
  const documents = fixtureDocuments();

  it('has the corpus', () => assert.ok(documents.length >= 10, `only ${documents.length} fixtures`));

  for (const doc of documents) {
    it(`${path.basename(doc.uri)} has no errors or warnings`, async () => {
      const diagnostics = await features.validate(doc, neverCancelled);
      const serious = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
      assert.deepEqual(
        serious.map(d => `${d.range.start.line + 1}: ${d.code as string} ${d.message}`),
        [],
      );
    });
  }
});
