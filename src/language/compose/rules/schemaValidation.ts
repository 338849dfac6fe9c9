import { sectionEntry } from '../parse/ComposeModel';
import { sectionOf } from '../parse/names';
import { validateAgainstSchema } from '../schema/composeSchema';
import { toPlain } from '../parse/toPlain';
import { chunkedSchemaFindings } from '../schema/chunkedSchemaFindings';
import { schemaFindings, type SchemaFinding } from '../schema/schemaFindings';
import type { ComposeDocument } from '../parse/ComposeDocument';
import type { ComposeRule } from './ComposeRule';

/** Compose Specification schema checks; the validator turns them off when `compose.schemaValidation` is. */
export const schemaValidation: ComposeRule = {
  code: 'compose.schema',
  defaultSeverity: 'error',
  description: 'The file does not follow the Compose Specification schema.',
  check({ doc }, report) {
    // No catch: the tree is converted by toPlain, which resolves `<<` of a non-mapping, a missing
    // anchor or an alias cycle to null (the syntax rule reports those); anything else thrown here
    // is a bug the fuzzers must see, not a silently empty result.
    for (const finding of findingsFor(doc)) {
      report(doc.toRange(finding.start, finding.end), finding.message);
    }
  },
};

function findingsFor(doc: ComposeDocument): SchemaFinding[] {
  // What is under a misspelled section (`service:`) is validated as the section it was meant to
  // be, so its own mistakes show up now rather than after the typo is fixed.
  const renamed = new Map<string, string>();
  for (const section of Object.values(sectionOf)) {
    const written = sectionEntry(doc.yaml, section)?.key;
    if (written !== undefined && written !== section) {
      renamed.set(section, written);
    }
  }
  if (doc.chunks && renamed.size === 0) {
    return chunkedSchemaFindings(doc.yaml, doc.chunks);
  }
  // Our own conversion: yaml's toJS prints warnings to the console (the server's stderr) for odd keys.
  const data = toPlain(doc.yaml, doc.yaml.contents);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [];
  }
  const top = { ...(data as Record<string, unknown>) };
  for (const [section, written] of renamed) {
    top[section] = top[written];
    delete top[written];
  }
  return schemaFindings(doc.yaml, validateAgainstSchema(top), renamed);
}
