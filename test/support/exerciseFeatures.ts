import * as assert from 'node:assert/strict';
import type { TextDocumentLike } from '../../src/language/common/documents';
import { neverCancelled } from '../../src/language/common/documents';
import type { LanguageFeatures } from '../../src/language/common/LanguageFeatures';

/**
 * Calls every feature of a language on one document and position, as an editor would in one
 * session, and checks each answers with the right shape. Fuzz tests run it on mangled files.
 */
export async function exerciseFeatures(features: LanguageFeatures, doc: TextDocumentLike, offset: number, tabSize: number): Promise<void> {
  const at = doc.positionAt(offset);
  const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
  const diagnostics = await features.validate(doc, neverCancelled);
  assert.ok(Array.isArray(diagnostics));
  assert.ok(Array.isArray(await features.complete(doc, at, neverCancelled)));
  await features.hover(doc, at, neverCancelled);
  assert.ok(Array.isArray(await features.codeActions(doc, whole, { diagnostics }, neverCancelled)));
  assert.ok(Array.isArray(await features.definition(doc, at, neverCancelled)));
  assert.ok(Array.isArray(await features.references(doc, at, true, neverCancelled)));
  assert.ok(Array.isArray(await features.highlights(doc, at, neverCancelled)));
  if (await features.prepareRename(doc, at, neverCancelled)) {
    assert.ok(await features.rename(doc, at, 'renamed', neverCancelled));
  }
  assert.ok(Array.isArray(await features.symbols(doc, neverCancelled)));
  assert.ok(Array.isArray(await features.foldingRanges(doc, neverCancelled)));
  assert.ok(Array.isArray(await features.format(doc, { tabSize, insertSpaces: true }, neverCancelled)));
  assert.ok(Array.isArray(await features.codeLenses(doc, neverCancelled)));
  assert.ok(Array.isArray(await features.inlayHints(doc, whole, neverCancelled)));
  const links = await features.documentLinks?.(doc, neverCancelled);
  assert.ok(links === undefined || Array.isArray(links));
  const tokens = await features.semanticTokens?.(doc, neverCancelled);
  assert.equal((tokens?.data.length ?? 0) % 5, 0);
}
