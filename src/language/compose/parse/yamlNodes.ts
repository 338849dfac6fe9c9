import {
  isAlias,
  isCollection,
  isDocument,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';

/** A map entry whose key is a plain string, with the nodes that carry its source ranges. */
export interface Entry {
  readonly key: string;
  readonly keyNode: Node;
  readonly value: Node | null;
  /** True when the entry came in through a `<<: *anchor` merge rather than being written here. */
  readonly merged: boolean;
}

export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || key.value === '<<');
}

/**
 * Calls `each` on every node and pair under `root` (a document's contents, or any node), parents
 * before children, keys before values: what yaml's `visit` reaches, by a plain walk. `visit`
 * copies and freezes the path at every collection and pair, which cost a big file's first
 * validation tens of milliseconds per walk; nothing here needs the path or edits the tree.
 */
export function walkYaml(root: unknown, each: (node: Node | Pair<unknown, unknown>) => void): void {
  if (isDocument(root)) {
    walkYaml(root.contents, each);
  } else if (isPair(root)) {
    each(root);
    walkYaml(root.key, each);
    walkYaml(root.value, each);
  } else if (isNode(root)) {
    each(root);
    if (isCollection(root)) {
      for (const item of root.items as unknown[]) {
        walkYaml(item, each);
      }
    }
  }
}

/** Anchored nodes by name, in document order; built once per document. */
const anchorIndex = new WeakMap<Document, Map<string, Node[]>>();

/** Seeds the index from nodes already known in document order (the chunks of an incremental parse). */
export function indexAnchors(doc: Document, anchored: readonly Node[]): void {
  const index = new Map<string, Node[]>();
  for (const node of anchored) {
    index.set(node.anchor!, [...(index.get(node.anchor!) ?? []), node]);
  }
  anchorIndex.set(doc, index);
}

function anchorsOf(doc: Document): Map<string, Node[]> {
  let index = anchorIndex.get(doc);
  if (!index) {
    const built = new Map<string, Node[]>();
    walkYaml(doc, node => {
      if (isNode(node) && node.anchor) {
        built.set(node.anchor, [...(built.get(node.anchor) ?? []), node]);
      }
    });
    index = built;
    anchorIndex.set(doc, index);
  }
  return index;
}

/**
 * Follows an alias to the node its anchor names; other nodes are returned as they are. yaml's own
 * `Alias.resolve` walks the whole document each time, which made a 300-service file with
 * `<<: *defaults` in every service take seconds; this looks the anchor up in an index instead.
 */
export function resolve(doc: Document, node: unknown): Node | null {
  if (isAlias(node)) {
    // An alias refers to the closest anchor of that name before it.
    const at = node.range?.[0] ?? Infinity;
    const candidates = anchorsOf(doc).get(node.source) ?? [];
    return candidates.filter(c => (c.range?.[0] ?? 0) < at).pop() ?? null;
  }
  return (node as Node | null | undefined) ?? null;
}

/**
 * The entries of a mapping, own entries first, then those merged in with `<<` (which the own
 * entries override, as YAML merge keys specify).
 */
export function entries(doc: Document, node: unknown, depth = 0): Entry[] {
  const map = resolve(doc, node);
  if (!isMap(map)) {
    return [];
  }
  // Per document, since a merged anchor may differ between versions that share this map node.
  let memo = entriesMemo.get(doc);
  if (!memo) {
    memo = new WeakMap();
    entriesMemo.set(doc, memo);
  }
  const known = memo.get(map);
  if (known) {
    return known;
  }
  const found = ownAndMerged(doc, map, depth);
  memo.set(map, found);
  return found;
}

const entriesMemo = new WeakMap<Document, WeakMap<YAMLMap, Entry[]>>();

function ownAndMerged(doc: Document, map: YAMLMap, depth: number): Entry[] {
  const own: Entry[] = [];
  const merged: Entry[] = [];
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      if (depth < 8) {
        merged.push(
          ...mergeSources(doc, pair.value)
            .flatMap(source => entries(doc, source, depth + 1))
            .map(e => ({ ...e, merged: true })),
        );
      }
    } else {
      const key = scalarText(pair.key);
      if (key !== undefined && isScalar(pair.key)) {
        own.push({ key, keyNode: pair.key, value: (pair.value as Node | null) ?? null, merged: false });
      }
    }
  }
  const seen = new Set(own.map(e => e.key));
  return [...own, ...merged.filter(e => !seen.has(e.key) && seen.add(e.key))];
}

function mergeSources(doc: Document, value: unknown): Node[] {
  const resolved = resolve(doc, value);
  if (isSeq(resolved)) {
    return resolved.items.map(item => resolve(doc, item)).filter((n): n is Node => n !== null);
  }
  return resolved ? [resolved] : [];
}

export function entry(doc: Document, node: unknown, key: string): Entry | undefined {
  return entries(doc, node).find(e => e.key === key);
}

export function value(doc: Document, node: unknown, key: string): Node | null {
  return resolve(doc, entry(doc, node, key)?.value ?? null);
}

/** A scalar's value as a string (numbers and booleans too), or undefined for anything else. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) {
    return undefined;
  }
  const v: unknown = node.value;
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : undefined;
}

/** The items of a sequence, aliases resolved. */
export function items(doc: Document, node: unknown): Node[] {
  const seq = resolve(doc, node);
  return isSeq(seq) ? seq.items.map(item => resolve(doc, item)).filter((n): n is Node => n !== null) : [];
}

/** [start, end) of a node's own text, without trailing comments. */
export function span(node: Node | null | undefined): [number, number] | undefined {
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

export function isMapping(node: unknown): node is YAMLMap {
  return isMap(node);
}

export function pairsOf(node: unknown): Pair[] {
  return isMap(node) ? node.items : [];
}

export { isPair };
