import { isMap, isNode, type Node } from 'yaml';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { entries, isMergeKey, resolve, type Entry } from '../parse/yamlNodes';
import type { RuleContext } from './ComposeRule';

export interface ServiceEntry {
  readonly service: string;
  readonly entry: Entry;
  readonly value: Node | null;
}

/** Per parse: each service's entries, resolved once and shared by every rule that walks them. */
const byService = new WeakMap<ComposeDocument, ReadonlyArray<readonly ServiceEntry[]>>();

function entriesByService(doc: ComposeDocument): ReadonlyArray<readonly ServiceEntry[]> {
  let lists = byService.get(doc);
  if (!lists) {
    lists = doc.model.services.map(service =>
      entries(doc.yaml, service.value).map(entry => ({ service: service.name, entry, value: resolve(doc.yaml, entry.value) })),
    );
    byService.set(doc, lists);
  }
  return lists;
}

/** Each service's keys, aliases and merges resolved: what most rules walk. `scope` narrows it to some services. */
export function* serviceEntries(doc: ComposeDocument, scope?: RuleContext['scope']): Generator<ServiceEntry> {
  for (const list of entriesByService(doc)) {
    if (scope && list.length > 0 && !scope.services.has(list[0].service)) {
      continue;
    }
    yield* list;
  }
}

/** The entries under one key (`deploy`, `ports`) across the services, in order; for the whole file. */
const byKey = new WeakMap<ComposeDocument, Map<string, ServiceEntry[]>>();

export function serviceEntriesWithKey(doc: ComposeDocument, key: string): readonly ServiceEntry[] {
  let index = byKey.get(doc);
  if (!index) {
    index = new Map();
    for (const list of entriesByService(doc)) {
      for (const item of list) {
        const same = index.get(item.entry.key);
        if (same) {
          same.push(item);
        } else {
          index.set(item.entry.key, [item]);
        }
      }
    }
    byKey.set(doc, index);
  }
  return index.get(key) ?? [];
}

/** [start, end) of a node, or of the key when the value is empty. */
export function rangeOf(node: Node | null, fallback: Node): [number, number] {
  const range = node?.range ?? fallback.range ?? [0, 0];
  return [range[0], Math.max(range[1], range[0])];
}

/** The subtrees a local rule should walk: the whole document, or the services (and top level) in scope. */
export function scopedRoots(doc: ComposeDocument, scope: RuleContext['scope']): Node[] {
  if (!scope) {
    return doc.yaml.contents ? [doc.yaml.contents] : [];
  }
  const roots: Node[] = [];
  // A top-level `<<: *x` is no entry of its own (its keys are, merged): its key and alias are walked as written.
  if (scope.topLevel && isMap(doc.yaml.contents)) {
    for (const pair of doc.yaml.contents.items) {
      if (isMergeKey(pair.key)) {
        roots.push(...[pair.key, pair.value].filter(isNode));
      }
    }
  }
  for (const e of entries(doc.yaml, doc.yaml.contents)) {
    if (e.key === 'services' && !e.merged) {
      roots.push(
        ...doc.model.services.filter(s => scope.services.has(s.name)).flatMap(s => (s.value ? [s.keyNode, s.value] : [s.keyNode])),
      );
    } else if (scope.topLevel && !e.merged) {
      roots.push(e.keyNode, ...(e.value ? [e.value] : []));
    }
  }
  return roots;
}
