import { sectionEntry, sectionOf } from '../parse/ComposeModel';
import { validateAgainstSchema } from '../schema/composeSchema';
import { schemaFindings } from '../schema/schemaFindings';
import type { ComposeRule } from './ComposeRule';

/** Compose Specification schema checks; the validator turns them off when `compose.schemaValidation` is. */
export const schemaValidation: ComposeRule = {
  code: 'compose.schema',
  defaultSeverity: 'error',
  description: 'The file does not follow the Compose Specification schema.',
  check({ doc }, report) {
    const data: unknown = doc.yaml.toJS({ maxAliasCount: 1000 });
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
