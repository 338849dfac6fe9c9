import { isMap, type Document, type Pair } from 'yaml';
import { toPlain } from '../parse/toPlain';
import type { ParsedChunk } from '../parse/chunkedParse';
import { entries, scalarText } from '../parse/yamlNodes';
import { validateAgainstSchema } from './composeSchema';
import { schemaFindings, type SchemaFinding } from './schemaFindings';

interface Cached {
  /** The anchor-defining chunks when this was computed: a merge may pull in their content. */
  readonly anchors: readonly ParsedChunk[];
  /** Findings with offsets relative to the chunk's start. */
  readonly findings: readonly SchemaFinding[];
}

const cache = new WeakMap<ParsedChunk, Cached>();

/**
 * Schema findings for a file parsed in chunks: each service is validated on its own and its
 * findings are kept with its chunk, so an edit re-validates only the services it changed. The
 * rest of the file (everything but the services) is small and validated every time.
 */
export function chunkedSchemaFindings(doc: Document, chunks: readonly ParsedChunk[]): SchemaFinding[] {
  const anchors = chunks.filter(c => c.hasAnchor);
  const services = chunks.filter(c => c.isService);
  // A flow-style `services: { … }` has no service chunks: then the services are validated whole.
  const findings = topLevelFindings(doc, services.length > 0);
  for (const chunk of services) {
    const hit = cache.get(chunk);
    if (hit && hit.anchors.length === anchors.length && hit.anchors.every((a, i) => a === anchors[i])) {
      findings.push(...hit.findings.map(f => ({ ...f, start: f.start + chunk.start, end: f.end + chunk.start })));
      continue;
    }
    const own = serviceFindings(doc, chunk);
    findings.push(...own);
    const end = chunk.start + chunk.text.length;
    // Findings placed in another chunk (through a merge) would not move with this one: not cached.
    if (own.every(f => f.start >= chunk.start && f.end <= end)) {
      cache.set(chunk, { anchors, findings: own.map(f => ({ ...f, start: f.start - chunk.start, end: f.end - chunk.start })) });
    }
  }
  return findings;
}

function serviceFindings(doc: Document, chunk: ParsedChunk): SchemaFinding[] {
  const services: Record<string, unknown> = {};
  for (const pair of isMap(chunk.doc.contents) ? (chunk.doc.contents.items as Pair[]) : []) {
    const name = scalarText(pair.key);
    if (name !== undefined) {
      services[name] = toPlain(doc, pair.value);
    }
  }
  return schemaFindings(doc, validateAgainstSchema({ services }));
}

function topLevelFindings(doc: Document, servicesInChunks: boolean): SchemaFinding[] {
  const top: Record<string, unknown> = {};
  // Entries, not pairs: a top-level `<<: *x` brings in x's keys, as a whole-file conversion does.
  for (const { key, value } of entries(doc, doc.contents)) {
    top[key] = key === 'services' && servicesInChunks ? {} : toPlain(doc, value);
  }
  return schemaFindings(doc, validateAgainstSchema(top));
}
