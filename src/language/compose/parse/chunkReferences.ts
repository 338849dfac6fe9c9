import { isMap, type Document, type Pair } from 'yaml';
import type { ParsedChunk } from './chunkedParse';
import { collectReferences } from './collectReferences';
import type { Declaration, Reference } from './names';
import { resolve, scalarText } from './yamlNodes';

interface Cached {
  readonly anchors: readonly ParsedChunk[];
  /** Offsets relative to the chunk's start. */
  readonly references: readonly Reference[];
}

const cache = new WeakMap<ParsedChunk, Cached>();

/**
 * The references of every service, re-collected only for services in chunks an edit changed.
 * References that live in a merged anchor, outside the service's chunk, keep it from being cached.
 */
export function chunkReferences(doc: Document, services: readonly Declaration[], chunks: readonly ParsedChunk[]): Reference[] {
  const anchors = chunks.filter(c => c.hasAnchor);
  const byName = new Map(services.map(s => [s.name, s]));
  const found: Reference[] = [];
  const covered = new Set<string>();
  for (const chunk of chunks.filter(c => c.isService)) {
    const names = (isMap(chunk.doc.contents) ? (chunk.doc.contents.items as Pair[]) : []).map(p => scalarText(p.key) ?? '');
    names.forEach(name => covered.add(name));
    const hit = cache.get(chunk);
    if (hit && hit.anchors.length === anchors.length && hit.anchors.every((a, i) => a === anchors[i])) {
      found.push(...hit.references.map(r => ({ ...r, start: r.start + chunk.start, end: r.end + chunk.start })));
      continue;
    }
    const own = names.flatMap(name => {
      const service = byName.get(name);
      return service ? collectReferences(doc, name, resolve(doc, service.value)) : [];
    });
    found.push(...own);
    const end = chunk.start + chunk.text.length;
    if (own.every(r => r.start >= chunk.start && r.end <= end)) {
      cache.set(chunk, { anchors, references: own.map(r => ({ ...r, start: r.start - chunk.start, end: r.end - chunk.start })) });
    }
  }
  // Services the chunks do not account for (a duplicate name keeps only one declaration) are collected directly.
  for (const service of services.filter(s => !covered.has(s.name))) {
    found.push(...collectReferences(doc, service.name, resolve(doc, service.value)));
  }
  return found;
}
