import { isMap, isSeq, type Document, type Node } from 'yaml';
import { entry, resolve } from '../parse/yamlNodes';

/** What an ajv instance path points at in the YAML tree: the key (if any) and the value. */
export interface InstanceNode {
  readonly key?: Node;
  readonly value: Node | null;
  /** Segments that were found; fewer than asked when the tree ends early. */
  readonly depth: number;
}

export function pathSegments(instancePath: string): string[] {
  return instancePath === ''
    ? []
    : instancePath
        .slice(1)
        .split('/')
        .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function instanceNode(doc: Document, segments: readonly string[]): InstanceNode {
  let current: InstanceNode = { value: doc.contents, depth: 0 };
  for (const segment of segments) {
    const node = resolve(doc, current.value);
    if (isMap(node)) {
      const found = entry(doc, node, segment);
      if (!found) {
        return current;
      }
      current = { key: found.keyNode, value: found.value, depth: current.depth + 1 };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) {
        return current;
      }
      current = { value: item, depth: current.depth + 1 };
    } else {
      return current;
    }
  }
  return current;
}
