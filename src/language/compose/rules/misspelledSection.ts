import { entries } from '../parse/yamlNodes';
import { closest } from '../../common/editDistance';
import type { ComposeRule } from './ComposeRule';

const sections = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models'];

/**
 * `service:` instead of `services:` leaves a file with no services at all, and Compose's error
 * does not point at the typo. Checked without the schema so it works with schema validation off.
 */
export const misspelledSection: ComposeRule = {
  code: 'compose.misspelled-section',
  defaultSeverity: 'error',
  description: 'A top-level key is a misspelling of a Compose section such as `services`.',
  check({ doc }, report) {
    for (const entry of entries(doc.yaml, doc.yaml.contents)) {
      const range = entry.keyNode.range;
      const meant = sections.includes(entry.key) || entry.key.startsWith('x-') ? undefined : closest(entry.key, sections);
      if (meant && range) {
        report(
          doc.toRange(range[0], range[1]),
          `Unknown top-level key \`${entry.key}\` — did you mean \`${meant}\`? Compose only reads \`${meant}\`, so everything under \`${entry.key}\` is ignored.`,
        );
      }
    }
  },
};
