import type { ComposeRule } from './ComposeRule';
import { serviceEntries } from './serviceEntries';

/** Service keys of the old v1 file format, and what replaced them. */
const replacements: Readonly<Record<string, string>> = {
  net: '`network_mode` (e.g. `network_mode: host`) or `networks:` to join a network',
  log_driver: '`logging.driver`',
  log_opt: '`logging.options`',
  dockerfile: '`build.dockerfile`',
  volume_driver: 'a `driver` on the named volume under top-level `volumes`',
};

export const removedV1Key: ComposeRule = {
  code: 'compose.removed-v1-key',
  local: true,
  defaultSeverity: 'error',
  description: 'A service uses a key from the removed v1 file format.',
  check({ doc, scope }, report) {
    for (const { service, entry } of serviceEntries(doc, scope)) {
      const replacement = replacements[entry.key];
      const range = entry.keyNode.range;
      if (replacement && range) {
        report(
          doc.toRange(range[0], range[1]),
          `\`${entry.key}\` in service \`${service}\` was removed with the v1 file format; use ${replacement} instead.`,
        );
      }
    }
  },
};
