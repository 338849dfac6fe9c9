import { scalarText } from '../parse/yamlNodes';
import type { ComposeRule } from './ComposeRule';
import { serviceEntries } from './serviceEntries';

/** Container names are unique per engine; the second service would fail to be created. */
export const duplicateContainerName: ComposeRule = {
  code: 'compose.duplicate-container-name',
  defaultSeverity: 'error',
  description: 'Two services set the same `container_name`.',
  check({ doc }, report) {
    const owners = new Map<string, string>();
    for (const { service, entry, value } of serviceEntries(doc)) {
      const name = scalarText(value);
      if (entry.key !== 'container_name' || name === undefined || !value?.range) {
        continue;
      }
      const owner = owners.get(name);
      if (owner !== undefined) {
        report(
          doc.toRange(value.range[0], value.range[1]),
          `Container name \`${name}\` is already used by service \`${owner}\`; container names must be unique.`,
        );
      } else {
        owners.set(name, service);
      }
    }
  },
};
