import { parseDocument, type Document } from 'yaml';
import { chunkedParse, parseOptions, type ParsedChunk } from './chunkedParse';
import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocumentLike } from '../../common/documents';
import { LineIndex } from '../../common/lineIndex';
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
  /** The separately parsed pieces, when the file could be cut into them; reused by the next version. */
  readonly chunks: readonly ParsedChunk[] | undefined;
  toRange(start: number, end: number): Range;
  toPosition(offset: number): Position;
  toOffset(position: Position): number;
}

export function parseCompose(doc: TextDocumentLike, previous?: ComposeDocument): ComposeDocument {
  const text = doc.getText();
  const lines = new LineIndex(text);
  const readable = blankFullWidthColonLines(text);
  // Edits re-parse only the chunks they changed. Opening a file parses it whole (there is nothing
  // to reuse yet); the first edit then parses it in chunks, and later edits reuse those.
  const chunked = previous ? chunkedParse(readable, previous.chunks) : undefined;
  const yaml = chunked?.yaml ?? parseDocument(readable, parseOptions);
  const toPosition = (offset: number): Position => lines.positionAt(offset);
  let model: ComposeModel | undefined;
  return {
    uri: doc.uri,
    text,
    yaml,
    // Built on first use: completion of keys and values mostly needs only the tree.
    get model() {
      model ??= buildModel(yaml, chunked?.chunks);
      return model;
    },
    chunks: chunked?.chunks,
    toPosition,
    toRange: (start, end) => ({ start: toPosition(start), end: toPosition(end) }),
    toOffset: position => lines.offsetAt(position),
  };
}
