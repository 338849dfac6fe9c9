import { isMap, isPair, isSeq, type Node } from 'yaml';
import { walkYaml } from '../parse/yamlNodes';
import type { FoldingRange } from 'vscode-languageserver-types';
import type { ComposeDocument } from '../parse/ComposeDocument';

/** A fold for every mapping or list spanning several lines, from its key's line to its last line. */
export function foldingRanges(doc: ComposeDocument): FoldingRange[] {
  const folds: FoldingRange[] = [];
  walkYaml(doc.yaml, pair => {
    if (isPair(pair)) {
      const value = pair.value as Node | null;
      const key = pair.key as Node | null;
      if ((isMap(value) || isSeq(value)) && key?.range && value.range) {
        const startLine = doc.toPosition(key.range[0]).line;
        // range[1] ends after the last value's newline; step back so the fold stays on its own lines.
        const endLine = doc.toPosition(Math.max(value.range[0], value.range[1] - 1)).line;
        if (endLine > startLine) {
          folds.push({ startLine, endLine });
        }
      }
    }
  });
  return folds;
}
