import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type Location,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { DfDocument } from '../parse/model';
import { definitionOf, occurrences, targetAt } from './occurrences';

// The same five functions, with the same parameters, as ../../compose/navigation/navigation.ts.

const validName = /^[A-Za-z_][\w.-]*$/;

/** From a use of a stage or variable to the FROM … AS or the ARG/ENV that defines it. */
export function definition(doc: DfDocument, uri: string, at: Position): Location[] {
  const target = targetAt(doc, at);
  const range = target ? definitionOf(doc, target) : undefined;
  return range ? [{ uri, range }] : [];
}

export function references(doc: DfDocument, uri: string, at: Position, includeDeclaration: boolean): Location[] {
  const target = targetAt(doc, at);
  const found = target ? occurrences(doc, target).filter(o => includeDeclaration || !o.declaration) : [];
  return found.map(o => ({ uri, range: o.range }));
}

export function highlights(doc: DfDocument, at: Position): DocumentHighlight[] {
  const target = targetAt(doc, at);
  return target
    ? occurrences(doc, target).map(o => ({
        range: o.range,
        kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }))
    : [];
}

export function prepareRename(doc: DfDocument, at: Position): Range | undefined {
  return targetAt(doc, at)?.range;
}

/** Renames the definition and every use; undefined when the new name could not be a stage or variable name. */
export function rename(doc: DfDocument, uri: string, at: Position, newName: string): WorkspaceEdit | undefined {
  const target = targetAt(doc, at);
  if (!target || !validName.test(newName)) {
    return undefined;
  }
  return { changes: { [uri]: occurrences(doc, target).map(o => ({ range: o.range, newText: newName })) } };
}
