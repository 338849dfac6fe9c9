import { isScalar, type Document, type Node } from 'yaml';
import { entries, resolve, value, type Entry } from './yamlNodes';
import { collectReferences } from './collectReferences';
import { chunkReferences } from './chunkReferences';
import type { ParsedChunk } from './chunkedParse';
import { editDistance } from '../../common/editDistance';
import { sectionOf, type Declaration, type NameKind, type Reference } from './names';

export interface ComposeModel {
  readonly declarations: ReadonlyMap<NameKind, ReadonlyMap<string, Declaration>>;
  readonly services: readonly Declaration[];
  readonly references: readonly Reference[];
  /** `include:` pulls in other files, whose names this file cannot see. */
  readonly hasInclude: boolean;
}

export function buildModel(doc: Document, chunks?: readonly ParsedChunk[]): ComposeModel {
  const declarations = new Map<NameKind, Map<string, Declaration>>();
  for (const kind of Object.keys(sectionOf) as NameKind[]) {
    const names = new Map<string, Declaration>();
    for (const e of entries(doc, sectionEntry(doc, sectionOf[kind])?.value ?? null)) {
      if (!e.merged && e.keyNode.range) {
        names.set(e.key, { kind, name: e.key, keyNode: e.keyNode, value: e.value, start: e.keyNode.range[0], end: e.keyNode.range[1] });
      }
    }
    declarations.set(kind, names);
  }
  const services = [...(declarations.get('service')?.values() ?? [])];
  // With chunks, only services an edit changed are walked again.
  const references = chunks
    ? chunkReferences(doc, services, chunks)
    : services.flatMap(service => collectReferences(doc, service.name, resolve(doc, service.value)));
  return { declarations, services, references, hasInclude: value(doc, doc.contents, 'include') !== null };
}

/**
 * The top-level section, or, when it is missing, a near-miss of it (`service:`): the services
 * under a misspelled key still deserve their own checks while the misspelling is reported.
 */
export function sectionEntry(doc: Document, section: string): Entry | undefined {
  const top = entries(doc, doc.contents);
  return top.find(e => e.key === section) ?? top.find(e => !e.key.startsWith('x-') && closeTo(e.key, section));
}

function closeTo(key: string, section: string): boolean {
  return key !== section && editDistance(key, section) <= (section.length > 6 ? 2 : 1);
}

/** The offset where a scalar's characters start, past an opening quote. */
export function textStart(node: Node): number {
  const start = node.range?.[0] ?? 0;
  return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? start + 1 : start;
}
