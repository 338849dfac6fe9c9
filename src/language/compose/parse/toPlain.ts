import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { entries, resolve } from './yamlNodes';

/** Aliases one conversion may expand: enough for real files, a stop for "billion laughs" YAML. */
const ALIAS_BUDGET = 10_000;

/**
 * A node as plain data for the schema validator, aliases and `<<` merges resolved. yaml's own
 * `node.toJS(doc)` walks the whole document for every call that meets an alias, which for one
 * call per service in a large file costs seconds; this resolves through the anchor index.
 * An alias back into its own ancestors becomes null instead of recursing forever.
 */
export function toPlain(doc: Document, node: unknown): unknown {
  return convert(doc, node, new Set(), { aliases: ALIAS_BUDGET });
}

function convert(doc: Document, node: unknown, ancestors: Set<Node>, budget: { aliases: number }): unknown {
  if (isAlias(node) && --budget.aliases < 0) {
    return null;
  }
  const resolved = resolve(doc, node);
  if (!resolved || ancestors.has(resolved)) {
    return null;
  }
  if (isScalar(resolved)) {
    const value: unknown = resolved.value;
    return typeof value === 'symbol' ? String(value.description) : value;
  }
  ancestors.add(resolved);
  let out: unknown = null;
  if (isMap(resolved)) {
    const map: Record<string, unknown> = {};
    for (const e of entries(doc, resolved)) {
      map[e.key] = convert(doc, e.value, ancestors, budget);
    }
    out = map;
  } else if (isSeq(resolved)) {
    out = resolved.items.map(item => convert(doc, item, ancestors, budget));
  }
  ancestors.delete(resolved);
  return out;
}
