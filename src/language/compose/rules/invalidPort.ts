import type { ComposeRule } from './ComposeRule';
import { portEntries } from './portEntries';

/** Port mappings Compose would reject at `up`, caught while typing. */
export const invalidPort: ComposeRule = {
  code: 'compose.invalid-port',
  local: true,
  defaultSeverity: 'error',
  description: 'A port mapping is malformed or out of range.',
  check({ doc, scope }, report) {
    for (const port of portEntries(doc, scope)) {
      if (port.error && port.node.range) {
        report(doc.toRange(port.node.range[0], port.node.range[1]), port.error);
      }
    }
  },
};
