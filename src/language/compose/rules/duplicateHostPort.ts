import type { ComposeRule } from './ComposeRule';
import { portEntries } from './portEntries';

/** Two bindings of one host port: the second container fails to start with "port is already allocated". */
export const duplicateHostPort: ComposeRule = {
  code: 'compose.duplicate-host-port',
  defaultSeverity: 'error',
  description: 'The same host port is published twice.',
  check({ doc }, report) {
    const taken = new Map<string, string>();
    for (const port of portEntries(doc)) {
      const { binding, node } = port;
      if (!binding?.host || !node.range) {
        continue;
      }
      // Ranges wider than this are rare and would make the check slow for nothing.
      const [first, last] = binding.host;
      for (let p = first; p <= Math.min(last, first + 1024); p++) {
        const key = `${binding.hostIp}|${p}/${binding.protocol}`;
        const owner = taken.get(key);
        if (owner !== undefined) {
          report(
            doc.toRange(node.range[0], node.range[1]),
            `Host port ${p}/${binding.protocol} is already published by service \`${owner}\`.`,
          );
          break;
        }
        taken.set(key, port.service);
      }
    }
  },
};
