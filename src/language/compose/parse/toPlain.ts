import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { entries, resolve } from './yamlNodes';

/**
 * A node as plain data for the schema validator, aliases and `<<` merges resolved. yaml's own
 * `node.toJS(doc)` walks the whole document for every call that meets an alias, which for one
 * call per service in a large file costs seconds; this resolves through the anchor index.
 */
export function toPlain(doc: Document, node: unknown, depth = 0): unknown {
  const resolved = resolve(doc, node);
  if (depth > 64) {
    return null;
  }
  if (isScalar(resolved)) {
    const value: unknown = resolved.value;
    return typeof value === 'symbol' ? String(value.description) : value;
  }
  if (isMap(resolved)) {
    const out: Record<string, unknown> = {};
    for (const e of entries(doc, resolved)) {
      out[e.key] = toPlain(doc, e.value, depth + 1);
    }
    return out;
  }
  if (isSeq(resolved)) {
    return resolved.items.map(item => toPlain(doc, item, depth + 1));
  }
  return null;
}
