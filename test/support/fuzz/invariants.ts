// What every answer of a language service must satisfy, whatever the input: the fuzzers check
// each of them on every case. A violation is an Error whose message starts with a [tag], so that
// the shrinker can tell the same failure from another one.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Position,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { neverCancelled, type TextDocumentLike } from '../../../src/language/common/documents';
import type { LanguageFeatures } from '../../../src/language/common/LanguageFeatures';

export class InvariantError extends Error {
  constructor(
    readonly tag: string,
    detail: string,
  ) {
    super(`[${tag}] ${detail}`);
  }
}

function fail(tag: string, detail: string): never {
  throw new InvariantError(tag, detail);
}

/** Line lengths as LSP counts them (\r\n, \n and \r all end a line), in UTF-16 units. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map(line => line.length);
}

class Bounds {
  readonly lines: number[];
  constructor(readonly text: string) {
    this.lines = lineLengths(text);
  }

  position(p: Position | undefined, what: string): void {
    if (
      !p ||
      !Number.isInteger(p.line) ||
      !Number.isInteger(p.character) ||
      p.line < 0 ||
      p.character < 0 ||
      p.line >= this.lines.length ||
      p.character > this.lines[p.line]
    ) {
      fail('outside', `${what}: ${JSON.stringify(p)} is not in the document (${this.lines.length} lines)`);
    }
  }

  range(r: Range | undefined, what: string): void {
    if (!r) {
      fail('outside', `${what}: no range`);
    }
    this.position(r.start, `${what} start`);
    this.position(r.end, `${what} end`);
    if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) {
      fail('outside', `${what}: ${JSON.stringify(r)} ends before it starts`);
    }
  }

  edits(edits: readonly TextEdit[], what: string): void {
    const doc = TextDocument.create('file:///bounds', 'plaintext', 0, this.text);
    const spans = edits
      .map(e => {
        this.range(e.range, what);
        return [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)] as const;
      })
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let i = 1; i < spans.length; i++) {
      if (spans[i][0] < spans[i - 1][1]) {
        fail('overlap', `${what}: edits at offsets ${spans[i - 1].join('-')} and ${spans[i].join('-')} overlap`);
      }
    }
  }
}

function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap(c => ('textDocument' in c && c.textDocument.uri === uri ? c.edits : []));
  return [...fromChanges, ...fromDocumentChanges] as TextEdit[];
}

function checkCompletion(items: CompletionItem[], at: Position, bounds: Bounds): void {
  for (const item of items) {
    if (typeof item.label !== 'string' || item.label.length === 0) {
      fail('completion', `an item without a label: ${JSON.stringify(item)}`);
    }
    if (item.kind !== undefined && !(Number.isInteger(item.kind) && item.kind >= 1 && item.kind <= 25)) {
      fail('completion', `item ${item.label} has kind ${item.kind}`);
    }
    const edit = item.textEdit;
    if (edit) {
      const ranges = 'range' in edit ? [edit.range] : [edit.insert, edit.replace];
      for (const range of ranges) {
        bounds.range(range, `completion ${item.label} edit`);
        // LSP: one line, and it contains the position completion was asked at.
        if (
          range.start.line !== range.end.line ||
          range.start.line !== at.line ||
          range.start.character > at.character ||
          range.end.character < at.character
        ) {
          fail('completion', `item ${JSON.stringify(item.label)} edits ${JSON.stringify(range)}, not around ${JSON.stringify(at)}`);
        }
      }
    }
    bounds.edits(item.additionalTextEdits ?? [], `completion ${item.label} additional edits`);
  }
}

function checkHover(hover: Hover | undefined, bounds: Bounds): void {
  if (!hover) {
    return;
  }
  const parts = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  const text = parts
    .map(p => (typeof p === 'string' ? p : p.value))
    .join('')
    .trim();
  if (!text) {
    fail('hover', `an empty hover: ${JSON.stringify(hover)}`);
  }
  if (hover.range) {
    bounds.range(hover.range, 'hover');
  }
}

function checkDiagnostics(diagnostics: Diagnostic[], bounds: Bounds): void {
  const seen = new Set<string>();
  for (const d of diagnostics) {
    bounds.range(d.range, `diagnostic ${String(d.code)}`);
    if (!d.message) {
      fail('diagnostic', `diagnostic ${String(d.code)} without a message`);
    }
    const key = JSON.stringify([d.range, d.code, d.message, d.severity]);
    if (seen.has(key)) {
      fail('duplicate', `diagnostic reported twice: ${key}`);
    }
    seen.add(key);
  }
}

function checkSymbols(symbols: DocumentSymbol[], bounds: Bounds, parent?: DocumentSymbol): void {
  for (const s of symbols) {
    if (!s.name || !s.name.trim()) {
      fail('symbol', `a symbol without a name: ${JSON.stringify(s.range)}`);
    }
    bounds.range(s.range, `symbol ${s.name}`);
    bounds.range(s.selectionRange, `symbol ${s.name} selection`);
    const inside = (inner: Range, outer: Range) =>
      TextDocumentPositionOrder(outer.start, inner.start) <= 0 && TextDocumentPositionOrder(inner.end, outer.end) <= 0;
    if (!inside(s.selectionRange, s.range)) {
      fail('symbol', `symbol ${s.name}: its selection range is outside its range`);
    }
    if (parent && !inside(s.range, parent.range)) {
      fail('symbol', `symbol ${s.name} lies outside its parent ${parent.name}`);
    }
    checkSymbols(s.children ?? [], bounds, s);
  }
}

function TextDocumentPositionOrder(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Applies LSP text edits to `text` (non-overlapping, checked before). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///apply', 'plaintext', 0, text), [...edits]);
}

/**
 * Calls every feature at one position, as an editor does in one session, and checks every
 * answer against the invariants. `fresh` (a second service that has never seen this document)
 * must report the same diagnostics: the incremental parse is invisible.
 */
export async function checkFeatures(
  features: LanguageFeatures,
  doc: TextDocumentLike,
  offset: number,
  tabSize: number,
  fresh?: LanguageFeatures,
): Promise<void> {
  const text = doc.getText();
  const bounds = new Bounds(text);
  const at = doc.positionAt(offset);
  const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) };
  const token = neverCancelled;

  const diagnostics = await features.validate(doc, token);
  checkDiagnostics(diagnostics, bounds);
  if (fresh) {
    const scratch = TextDocument.create(`${doc.uri}.fresh`, doc.languageId ?? 'plaintext', 1, text);
    const again = await fresh.validate(scratch, token);
    fresh.forget(scratch.uri);
    const key = (d: Diagnostic) => JSON.stringify([d.range, d.code, d.message, d.severity]);
    const a = diagnostics.map(key).sort();
    const b = again.map(key).sort();
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      const onlyIncremental = a.filter(d => !b.includes(d));
      const onlyFresh = b.filter(d => !a.includes(d));
      fail(
        'incremental',
        `an edit gave other diagnostics than a fresh parse:\n  only after the edit: ${onlyIncremental.join('\n    ')}` +
          `\n  only when parsed afresh: ${onlyFresh.join('\n    ')}`,
      );
    }
  }
  checkCompletion(await features.complete(doc, at, token), at, bounds);
  checkHover(await features.hover(doc, at, token), bounds);
  for (const action of await features.codeActions(doc, whole, { diagnostics }, token)) {
    if (!action.title) {
      fail('codeAction', 'a code action without a title');
    }
    if (action.edit) {
      bounds.edits(editsFor(action.edit, doc.uri), `code action ${action.title}`);
    }
  }
  for (const location of [...(await features.definition(doc, at, token)), ...(await features.references(doc, at, true, token))]) {
    if (location.uri === doc.uri) {
      bounds.range(location.range, 'definition/reference');
    }
  }
  for (const highlight of await features.highlights(doc, at, token)) {
    bounds.range(highlight.range, 'highlight');
  }
  const renameRange = await features.prepareRename(doc, at, token);
  if (renameRange) {
    bounds.range(renameRange, 'prepareRename');
    const edit = await features.rename(doc, at, 'renamed', token);
    if (!edit) {
      fail('rename', `prepareRename offered ${JSON.stringify(renameRange)} but rename returned nothing`);
    }
    bounds.edits(editsFor(edit, doc.uri), 'rename');
  }
  checkSymbols(await features.symbols(doc, token), bounds);
  for (const fold of await features.foldingRanges(doc, token)) {
    if (!(fold.startLine >= 0 && fold.startLine <= fold.endLine && fold.endLine < bounds.lines.length)) {
      fail('outside', `folding range ${fold.startLine}-${fold.endLine} in ${bounds.lines.length} lines`);
    }
  }
  await checkFormatting(features, doc, tabSize, bounds);
  for (const lens of await features.codeLenses(doc, token)) {
    bounds.range(lens.range, 'code lens');
  }
  for (const hint of await features.inlayHints(doc, whole, token)) {
    bounds.position(hint.position, 'inlay hint');
  }
  for (const link of (await features.documentLinks?.(doc, token)) ?? []) {
    bounds.range(link.range, 'document link');
  }
  const tokens = await features.semanticTokens?.(doc, token);
  if (tokens) {
    checkSemanticTokens(tokens.data, bounds);
  }
}

async function checkFormatting(features: LanguageFeatures, doc: TextDocumentLike, tabSize: number, bounds: Bounds): Promise<void> {
  const options = { tabSize, insertSpaces: true };
  const edits = await features.format(doc, options, neverCancelled);
  bounds.edits(edits, 'format');
  if (edits.length === 0) {
    return;
  }
  const once = applyTextEdits(bounds.text, edits);
  const scratch = TextDocument.create(`${doc.uri}.formatted`, doc.languageId ?? 'plaintext', 1, once);
  const twice = applyTextEdits(once, await features.format(scratch, options, neverCancelled));
  features.forget(scratch.uri);
  if (twice !== once) {
    fail('format', `formatting is not idempotent:\n--- once ---\n${once}\n--- twice ---\n${twice}`);
  }
}

function checkSemanticTokens(data: readonly number[], bounds: Bounds): void {
  if (data.length % 5 !== 0) {
    fail('semanticTokens', `${data.length} numbers, not a multiple of 5`);
  }
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length] = data.slice(i, i + 3);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    if (
      deltaLine < 0 ||
      (deltaLine === 0 && deltaStart < 0) ||
      length <= 0 ||
      line >= bounds.lines.length ||
      character + length > bounds.lines[line]
    ) {
      fail('semanticTokens', `token ${i / 5} at ${line}:${character} (length ${length}) is not inside its line`);
    }
  }
}
