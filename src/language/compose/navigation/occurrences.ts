import type { ComposeDocument } from '../parse/ComposeDocument';
import type { NameKind } from '../parse/names';
import { anchorOccurrences } from './anchors';

/** One place a name is written: its declaration or a use. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly isDeclaration: boolean;
}

/** The name under the cursor, and every place the same name is written. */
export interface NameAt {
  readonly kind: NameKind | 'anchor';
  readonly name: string;
  readonly here: Occurrence;
  readonly all: readonly Occurrence[];
}

export function nameAt(doc: ComposeDocument, offset: number): NameAt | undefined {
  const within = (o: { readonly start: number; readonly end: number }) => o.start <= offset && offset <= o.end;
  for (const [kind, declared] of doc.model.declarations) {
    const declaration = [...declared.values()].find(within);
    if (declaration) {
      return {
        kind,
        name: declaration.name,
        here: { start: declaration.start, end: declaration.end, isDeclaration: true },
        all: occurrencesOf(doc, kind, declaration.name),
      };
    }
  }
  const reference = doc.model.references.find(within);
  if (reference) {
    const all = occurrencesOf(doc, reference.kind, reference.name);
    return { kind: reference.kind, name: reference.name, here: all.find(within) ?? { ...reference, isDeclaration: false }, all };
  }
  const anchors = anchorOccurrences(doc);
  const anchor = anchors.find(within);
  return anchor ? { kind: 'anchor', name: anchor.name, here: anchor, all: anchors.filter(a => a.name === anchor.name) } : undefined;
}

function occurrencesOf(doc: ComposeDocument, kind: NameKind, name: string): Occurrence[] {
  const declaration = doc.model.declarations.get(kind)?.get(name);
  const uses = doc.model.references
    .filter(r => r.kind === kind && r.name === name)
    .map(r => ({ start: r.start, end: r.end, isDeclaration: false }));
  return declaration ? [{ start: declaration.start, end: declaration.end, isDeclaration: true }, ...uses] : uses;
}
