import { isMap, isNode, type Node } from 'yaml';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { entries, isMergeKey, resolve, type Entry } from '../parse/yamlNodes';
import type { RuleContext } from './ComposeRule';

/** Each service's keys, aliases and merges resolved: what most rules walk. `scope` narrows it to some services. */
export function* serviceEntries(
  doc: ComposeDocument,
  scope?: RuleContext['scope'],
): Generator<{ service: string; entry: Entry; value: Node | null }> {
  for (const service of doc.model.services) {
    if (scope && !scope.services.has(service.name)) {
      continue;
    }
    for (const entry of entries(doc.yaml, service.value)) {
      yield { service: service.name, entry, value: resolve(doc.yaml, entry.value) };
    }
  }
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
