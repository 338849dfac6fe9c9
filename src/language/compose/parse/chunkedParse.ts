import { Document, isMap, isNode, isPair, isScalar, Pair, parseDocument, YAMLMap, YAMLParseError, type Node } from 'yaml';
import { indexAnchors, scalarText, walkYaml } from './yamlNodes';
import { splitChunks } from './splitChunks';

/** One chunk's own parse; its node ranges are absolute offsets in the current text. */
export interface ParsedChunk {
  readonly text: string;
  start: number;
  readonly isService: boolean;
  readonly doc: Document.Parsed;
  /** Whether it defines an anchor, which aliases in other chunks may use. */
  readonly hasAnchor: boolean;
  /** Its anchored nodes in document order, for the anchor index of the joined document. */
  readonly anchored: readonly Node[];
}

export interface ChunkedParse {
  readonly yaml: Document;
  readonly chunks: readonly ParsedChunk[];
}

// logLevel 'error': yaml would otherwise print a process warning whenever a mapping key is itself
// a collection (common while typing); such keys are reported as diagnostics instead.
export const parseOptions = { merge: true, prettyErrors: false, uniqueKeys: true, logLevel: 'error' } as const;

/**
 * Parses only the chunks an edit changed and reuses the others from the previous version,
 * shifting their offsets; then joins them into one document. Undefined when the layout is not
 * chunkable or any chunk has an error: the caller then parses the whole text, so error messages
 * and positions are always the parser's own.
 */
export function chunkedParse(text: string, previous: readonly ParsedChunk[] | undefined): ChunkedParse | undefined {
  const spans = splitChunks(text);
  if (!spans || spans.length === 0) {
    return undefined;
  }
  const reusable = new Map<string, ParsedChunk[]>();
  for (const chunk of previous ?? []) {
    reusable.set(chunk.text, [...(reusable.get(chunk.text) ?? []), chunk]);
  }
  const chunks: ParsedChunk[] = [];
  for (const span of spans) {
    const reused = reusable.get(span.text)?.shift();
    const chunk = reused ? moved(reused, span.start) : parseChunk(span.text, span.start, span.isService);
    if (chunk.doc.errors.length > 0 || !(isMap(chunk.doc.contents) || (chunk.doc.contents === null && !span.isService))) {
      return undefined;
    }
    chunks.push(chunk);
  }
  const yaml = join(chunks, text.length);
  return yaml ? { yaml, chunks } : undefined;
}

function parseChunk(text: string, start: number, isService: boolean): ParsedChunk {
  const doc = parseDocument(text, parseOptions);
  const anchored: Node[] = [];
  walkYaml(doc, node => {
    if (isNode(node) && node.anchor) {
      anchored.push(node);
    }
  });
  return moved({ text, start: 0, isService, doc, hasAnchor: anchored.length > 0, anchored }, start);
}

/** Shifts every node range of a chunk to its new place in the text. */
function moved(chunk: ParsedChunk, start: number): ParsedChunk {
  const delta = start - chunk.start;
  if (delta !== 0) {
    shift(chunk.doc.contents, delta);
    chunk.start = start;
  }
  return chunk;
}

/** Moves a subtree's ranges. */
function shift(node: unknown, delta: number): void {
  walkYaml(node, each => {
    if (isNode(each) && each.range) {
      const [a, b, c] = each.range;
      each.range = [a + delta, b + delta, c + delta];
    }
  });
}

/** One document from the chunks: top-level pairs in order, services gathered under `services`. */
function join(chunks: readonly ParsedChunk[], length: number): Document | undefined {
  const root = new YAMLMap();
  const seen = new Set<string>();
  const errors: YAMLParseError[] = [];
  let services: YAMLMap | undefined;
  let emptyServices: { pair: Pair; own: unknown } | undefined;
  const serviceNames = new Set<string>();
  for (const chunk of chunks) {
    const pairs = isMap(chunk.doc.contents) ? (chunk.doc.contents.items as Pair[]) : [];
    if (chunk.isService) {
      if (!services) {
        return undefined;
      }
      addUnique(services.items, pairs, serviceNames, errors);
      // The same range a whole-file parse gives: from the first service's key to the last one's end.
      const range = (chunk.doc.contents as YAMLMap).range ?? [chunk.start, chunk.start, chunk.start];
      services.range = [services.range?.[0] ?? range[0], range[1], range[2]];
      continue;
    }
    const last = pairs[pairs.length - 1];
    if (last && scalarText(last.key) === 'services' && (last.value === null || (isScalar(last.value) && last.value.value === null))) {
      // A fresh pair: the chunk's own stays `services: null`, so it can be reused next time.
      services = new YAMLMap();
      emptyServices = { pair: new Pair(last.key, services), own: last.value };
      addUnique(root.items, [...pairs.slice(0, -1), emptyServices.pair], seen, errors);
    } else {
      addUnique(root.items, pairs, seen, errors);
    }
  }
  // `services:` with no service under it stays empty (null), as in a whole-file parse.
  if (emptyServices && services?.items.length === 0) {
    emptyServices.pair.value = emptyServices.own;
  }
  // The root's range as a whole-file parse has it: first key to the end of the last entry.
  const ranges = chunks.map(c => (c.doc.contents as YAMLMap | null)?.range).filter(r => r !== undefined);
  const first = ranges[0] ?? [0, length, length];
  const last = ranges[ranges.length - 1] ?? first;
  root.range = [first[0], last[1], last[2]];
  const yaml = new Document(undefined, parseOptions);
  yaml.contents = root;
  yaml.errors.push(...errors);
  indexAnchors(
    yaml,
    chunks.flatMap(c => c.anchored),
  );
  return yaml;
}

/** yaml checks duplicate keys within a chunk; across chunks (two services named alike) it is done here. */
function addUnique(target: Pair[], pairs: readonly Pair[], seen: Set<string>, errors: YAMLParseError[]): void {
  for (const pair of pairs) {
    const key = isPair(pair) ? scalarText(pair.key) : undefined;
    const range = (pair.key as Node | null)?.range;
    if (key !== undefined && seen.has(key) && range) {
      errors.push(new YAMLParseError([range[0], range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
    }
    if (key !== undefined) {
      seen.add(key);
    }
    target.push(pair);
  }
}
