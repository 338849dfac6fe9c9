import { isMap } from 'yaml';
import { entries, items, scalarText } from '../parse/yamlNodes';
import { closest } from '../../common/editDistance';
import { propertiesAt } from '../schema/schemaNavigator';
import type { ComposeRule } from './ComposeRule';
import { serviceEntries } from './serviceEntries';

/** List keys whose items are `A:B` strings, which a space after `:` silently turns into mappings. */
const colonLists: Readonly<Record<string, string>> = { ports: 'port', volumes: 'volume', links: 'link', extra_hosts: 'host entry' };

/** Keys the long syntax of those items uses: an item with one of these is meant as a mapping. */
const longSyntaxKeys = new Set([
  'target',
  'published',
  'host_ip',
  'protocol',
  'mode',
  'name',
  'app_protocol',
  'type',
  'source',
  'read_only',
  'bind',
  'volume',
  'tmpfs',
  'consistency',
  'image',
]);

let knownServiceKeys: ReadonlySet<string> | undefined;
function serviceKeys(): ReadonlySet<string> {
  knownServiceKeys ??= new Set(propertiesAt(['services', 'service']).keys());
  return knownServiceKeys;
}

/** `- 3000: 8080` or `- ./node: /usr/local/node`: YAML reads a one-entry mapping, not the intended `"3000:8080"`. */
export const spaceAfterColon: ComposeRule = {
  code: 'compose.space-after-colon',
  local: true,
  defaultSeverity: 'error',
  description: 'A space after `:` turned a list item such as a port or volume into a mapping.',
  check({ doc, scope }, report) {
    for (const { entry, value } of serviceEntries(doc, scope)) {
      // A misspelled list key (`vloumes`) still holds what was meant to be volumes.
      const what =
        colonLists[entry.key] ?? (serviceKeys().has(entry.key) ? undefined : colonLists[closest(entry.key, Object.keys(colonLists)) ?? '']);
      if (!what) {
        continue;
      }
      for (const item of items(doc.yaml, value)) {
        const pairs = isMap(item) ? entries(doc.yaml, item) : [];
        const only = pairs.length === 1 ? pairs[0] : undefined;
        const right = only ? scalarText(only.value) : undefined;
        if (only && right !== undefined && !longSyntaxKeys.has(only.key) && item.range) {
          const meant = `"${only.key}:${right}"`;
          report(
            doc.toRange(item.range[0], item.range[1]),
            `The space after \`:\` makes this ${what} a key/value mapping (\`${only.key}\` → \`${right}\`), not \`${only.key}:${right}\`. Write ${meant} without the space.`,
          );
        }
      }
    }
  },
};
