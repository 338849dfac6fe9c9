import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocumentLike } from '../../common/documents';
import { buildModel, type ComposeModel } from './ComposeModel';
import { blankFullWidthColonLines } from './fullWidthColons';

/**
 * One parse of a compose file: the YAML tree with source ranges, the services and the names they
 * refer to, and offset↔position conversion. Every feature reads this; none re-parses.
 */
export interface ComposeDocument {
  readonly uri: string;
  readonly text: string;
  readonly yaml: Document;
  readonly model: ComposeModel;
  toRange(start: number, end: number): Range;
  toPosition(offset: number): Position;
  toOffset(position: Position): number;
}

export function parseCompose(doc: TextDocumentLike, _previous?: ComposeDocument): ComposeDocument {
  const text = doc.getText();
  const lineCounter = new LineCounter();
  // merge: compose files use `<<: *defaults`; uniqueKeys reports duplicates as errors we re-word.
  const yaml = parseDocument(blankFullWidthColonLines(text), { merge: true, prettyErrors: false, lineCounter, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: line - 1, character: col - 1 };
  };
  return {
    uri: doc.uri,
    text,
    yaml,
    model: buildModel(yaml),
    toPosition,
    toRange: (start, end) => ({ start: toPosition(start), end: toPosition(end) }),
    toOffset: position => offsetAt(text, lineCounter.lineStarts, position),
  };
}

function offsetAt(text: string, lineStarts: readonly number[], position: Position): number {
  if (position.line >= lineStarts.length) {
    return text.length;
  }
  const start = lineStarts[Math.max(0, position.line)] ?? 0;
  const next = lineStarts[position.line + 1] ?? text.length + 1;
  return Math.min(start + Math.max(0, position.character), next - 1, text.length);
}
