import { isMapping, resolve } from '../parse/yamlNodes';
import { isSwarmFile, swarmIgnoredKeys } from '../swarm/swarmKeys';
import type { ComposeRule } from './ComposeRule';
import { serviceEntries } from './serviceEntries';

/**
 * On files meant for Swarm (they use `deploy:`, or are named as stack files), the service keys
 * `docker stack deploy` ignores. Not `local`: one service's `deploy:` makes the whole file a
 * Swarm file, so an edit anywhere can change every service's findings.
 */
export const swarmIgnoredKey: ComposeRule = {
  code: 'compose.swarm-ignored-key',
  defaultSeverity: 'hint',
  description: 'Swarm (`docker stack deploy`) ignores this key.',
  check({ doc }, report) {
    if (!isSwarmFile(doc)) {
      return;
    }
    for (const { service, entry, value } of serviceEntries(doc)) {
      const advice = swarmIgnoredKeys[entry.key];
      const range = entry.keyNode.range;
      if (!advice || !range || entry.merged) {
        continue;
      }
      // depends_on with conditions (service_healthy, …) promises an order Swarm never keeps.
      const conditions =
        entry.key === 'depends_on' && isMapping(value) && value.items.some(pair => isMapping(resolve(doc.yaml, pair.value)));
      const what = conditions ? '`depends_on` and its conditions' : `\`${entry.key}\``;
      report(doc.toRange(range[0], range[1]), `${what} in service \`${service}\` is ignored by \`docker stack deploy\`. ${advice}`);
    }
  },
};
