import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type Location,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { nameAt, type Occurrence } from './occurrences';

const validName = /^[a-zA-Z0-9._-]+$/;

function at(doc: ComposeDocument, position: Position) {
  const found = nameAt(doc, doc.toOffset(position));
  if (!found) {
    return undefined;
  }
  // A use reached twice (a service merged with `<<` and also aliased) is one occurrence: a rename
  // must not edit the same text twice.
  const seen = new Set<string>();
  const all = found.all.filter(o => !seen.has(`${o.start}:${o.end}`) && Boolean(seen.add(`${o.start}:${o.end}`)));
  return { ...found, all };
}

function location(doc: ComposeDocument, o: Occurrence): Location {
  return { uri: doc.uri, range: doc.toRange(o.start, o.end) };
}

/** From a use of a service, network, volume, secret, config or alias to where it is declared. */
export function definition(doc: ComposeDocument, position: Position): Location[] {
  const found = at(doc, position);
  return found ? found.all.filter(o => o.isDeclaration).map(o => location(doc, o)) : [];
}

export function references(doc: ComposeDocument, position: Position, includeDeclaration: boolean): Location[] {
  const found = at(doc, position);
  return found ? found.all.filter(o => includeDeclaration || !o.isDeclaration).map(o => location(doc, o)) : [];
}

export function highlights(doc: ComposeDocument, position: Position): DocumentHighlight[] {
  const found = at(doc, position);
  return found
    ? found.all.map(o => ({
        range: doc.toRange(o.start, o.end),
        kind: o.isDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }))
    : [];
}

export function prepareRename(doc: ComposeDocument, position: Position): Range | undefined {
  const found = at(doc, position);
  return found ? doc.toRange(found.here.start, found.here.end) : undefined;
}

/** Renames the declaration and every use; undefined when the new name could not be a compose name. */
export function rename(doc: ComposeDocument, position: Position, newName: string): WorkspaceEdit | undefined {
  const found = at(doc, position);
  if (!found || !validName.test(newName)) {
    return undefined;
  }
  return { changes: { [doc.uri]: found.all.map(o => ({ range: doc.toRange(o.start, o.end), newText: newName })) } };
}
