import { isAlias, isNode, type Node } from 'yaml';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { walkYaml } from '../parse/yamlNodes';

/** Where `&name` is written, and each `*name` that uses it. */
export interface AnchorOccurrence {
  readonly name: string;
  /** Offsets of the name, without `&` or `*`. */
  readonly start: number;
  readonly end: number;
  readonly isDeclaration: boolean;
}

export function anchorOccurrences(doc: ComposeDocument): AnchorOccurrence[] {
  const found: AnchorOccurrence[] = [];
  walkYaml(doc.yaml, node => {
    if (isAlias(node) && node.range) {
      found.push({ name: node.source, start: node.range[0] + 1, end: node.range[0] + 1 + node.source.length, isDeclaration: false });
    } else if (isNode(node) && (node as Node).anchor && node.range) {
      const name = (node as Node).anchor!;
      // yaml gives the node's range without its properties, so find `&name` just before it.
      const at = doc.text.lastIndexOf(`&${name}`, node.range[0]);
      if (at >= 0) {
        found.push({ name, start: at + 1, end: at + 1 + name.length, isDeclaration: true });
      }
    }
  });
  return found;
}
