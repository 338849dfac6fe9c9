import { isAlias, isMap, isPair, isSeq, type Document, type Node, type Pair } from 'yaml';
import { isMergeKey, resolve, walkYaml } from '../parse/yamlNodes';
import type { ComposeRule } from './ComposeRule';
import { scopedRoots } from './serviceEntries';

/**
 * YAML the parser could not read, aliases with no anchor and `<<` merges of non-mappings. Messages drop the parser's
 * "at line L, column C" tail: the squiggle shows where.
 */
export const yamlSyntax: ComposeRule = {
  code: 'compose.yaml-syntax',
  local: true,
  defaultSeverity: 'error',
  description: 'The file is not valid YAML.',
  check({ doc, scope }, report) {
    // Parse errors belong to no service; a scoped run (only on files that parsed cleanly) skips them.
    for (const error of scope ? [] : doc.yaml.errors) {
      if (error.code !== 'DUPLICATE_KEY') {
        const [start, end] = error.pos;
        report(
          doc.toRange(start, Math.max(end, start + 1)),
          `YAML syntax: ${error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '')}`,
        );
      }
    }
    for (const root of scopedRoots(doc, scope)) {
      walkYaml(root, node => {
        if (isAlias(node)) {
          if (node.range && !resolve(doc.yaml, node)) {
            report(
              doc.toRange(node.range[0], node.range[1]),
              `\`*${node.source}\` refers to no anchor: define \`&${node.source}\` before using it.`,
            );
          }
        } else if (isPair(node)) {
          checkMerge(node);
        }
      });
    }
    // A scoped run walks a top-level `<<` pair's key and value, not the pair itself.
    if (scope?.topLevel && isMap(doc.yaml.contents)) {
      doc.yaml.contents.items.forEach(checkMerge);
    }

    function checkMerge(pair: Pair<unknown, unknown>): void {
      const key = pair.key as Node | null;
      if (isMergeKey(key) && key?.range && !mergesMappings(doc.yaml, pair.value)) {
        report(doc.toRange(key.range[0], key.range[1]), '`<<` can only merge a mapping or an alias of one, such as `<<: *defaults`.');
      }
    }
  },
};

function mergesMappings(doc: Document, value: unknown): boolean {
  const resolved = resolve(doc, value);
  // An unresolved alias is reported on its own.
  if (resolved === null) {
    return true;
  }
  const sources = isSeq(resolved) ? resolved.items.map(item => resolve(doc, item)) : [resolved];
  return sources.every(source => source === null || isMap(source));
}
