import type { Node } from 'yaml';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { entries, resolve, type Entry } from '../parse/yamlNodes';

/** Each service's keys, aliases and merges resolved: what most rules walk. */
export function* serviceEntries(doc: ComposeDocument): Generator<{ service: string; entry: Entry; value: Node | null }> {
  for (const service of doc.model.services) {
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
