import type { ComposeRule } from './ComposeRule';
import { serviceEntries } from './serviceEntries';

/** Services on one network already reach each other by name; `links` is a leftover of the v1 format. */
export const legacyLinks: ComposeRule = {
  code: 'compose.legacy-links',
  local: true,
  defaultSeverity: 'hint',
  description: '`links` is a legacy option.',
  check({ doc, scope }, report) {
    for (const { service, entry } of serviceEntries(doc, scope)) {
      const range = entry.keyNode.range;
      if (entry.key === 'links' && range && !entry.merged) {
        report(
          doc.toRange(range[0], range[1]),
          `\`links\` in service \`${service}\` is legacy: services on a shared network reach each other by service name. Use \`depends_on\` for start order and network aliases for other names.`,
          { tags: ['deprecated'] },
        );
      }
    }
  },
};
