import { isMap, isPair, isSeq, visit, type Document, type Node } from 'yaml';
import { sectionEntry, sectionOf } from '../parse/ComposeModel';
import { isMergeKey, resolve } from '../parse/yamlNodes';
import { validateAgainstSchema } from '../schema/composeSchema';
import { schemaFindings } from '../schema/schemaFindings';
import type { ComposeRule } from './ComposeRule';

/** Compose Specification schema checks; the validator turns them off when `compose.schemaValidation` is. */
export const schemaValidation: ComposeRule = {
  code: 'compose.schema',
  defaultSeverity: 'error',
  description: 'The file does not follow the Compose Specification schema.',
  check({ doc }, report) {
    let data: unknown;
    try {
      data = doc.yaml.toJS({ maxAliasCount: 1000 });
    } catch {
      // yaml throws when a `<<` merges something that is not a mapping; say where, then stop.
      for (const node of badMerges(doc.yaml)) {
        report(node.range![0], node.range![1], '`<<` can only merge a mapping or an alias of one, such as `<<: *defaults`.');
      }
      return;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return;
    }
    // Validate what is under a misspelled section (`service:`) as the section it was meant to be,
    // so its own mistakes show up now rather than after the typo is fixed.
    const renamed = new Map<string, string>();
    const top = { ...(data as Record<string, unknown>) };
    for (const section of Object.values(sectionOf)) {
      const written = sectionEntry(doc.yaml, section)?.key;
      if (written !== undefined && written !== section && !(section in top)) {
        top[section] = top[written];
        delete top[written];
        renamed.set(section, written);
      }
    }
    for (const finding of schemaFindings(doc.yaml, validateAgainstSchema(top), renamed)) {
      report(finding.start, finding.end, finding.message);
    }
  },
};

function badMerges(doc: Document): Node[] {
  const bad: Node[] = [];
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isMergeKey(pair.key)) {
        return;
      }
      const value = resolve(doc, pair.value);
      const sources = isSeq(value) ? value.items.map(item => resolve(doc, item)) : [value];
      if (sources.some(source => !isMap(source)) && (pair.key as Node).range) {
        bad.push(pair.key as Node);
      }
    },
  });
  return bad;
}
