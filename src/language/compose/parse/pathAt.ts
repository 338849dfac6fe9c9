import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { ITEM } from '../schema/schemaNavigator';
import { scalarText } from './yamlNodes';

/** What is under the cursor in the YAML tree. */
export interface NodeAt {
  /** Keys from the root to the hit, ITEM for list items; ends with the key itself when on a key. */
  readonly path: readonly string[];
  readonly node: Scalar;
  readonly isKey: boolean;
}

/** The scalar (key or value) at an offset, with its path; undefined between nodes. */
export function nodeAt(doc: Document, offset: number): NodeAt | undefined {
  return search(doc, doc.contents, offset, []);
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as Node | null)?.range;
  return !!range && range[0] <= offset && offset <= range[1];
}

function search(doc: Document, node: unknown, offset: number, path: string[]): NodeAt | undefined {
  if (isScalar(node)) {
    return contains(node, offset) ? { path, node, isKey: false } : undefined;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) {
        continue;
      }
      const key = scalarText(pair.key) ?? '';
      if (isScalar(pair.key) && contains(pair.key, offset)) {
        return { path: [...path, key], node: pair.key, isKey: true };
      }
      if (contains(pair.value, offset)) {
        return search(doc, pair.value, offset, [...path, key]);
      }
    }
  }
  if (isSeq(node)) {
    for (const item of node.items) {
      if (contains(item, offset)) {
        return search(doc, item, offset, [...path, ITEM]);
      }
    }
  }
  return undefined;
}
