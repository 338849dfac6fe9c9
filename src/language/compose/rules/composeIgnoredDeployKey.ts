import { composeIgnoredDeployKeys, deployEntries } from '../swarm/swarmKeys';
import type { ComposeRule } from './ComposeRule';

/** The `deploy:` keys plain `docker compose up` ignores: they act only when the file is deployed as a stack. */
export const composeIgnoredDeployKey: ComposeRule = {
  code: 'compose.compose-ignored-deploy-key',
  local: true,
  defaultSeverity: 'hint',
  description: '`docker compose up` ignores this `deploy:` key; only Swarm uses it.',
  check({ doc, scope }, report) {
    for (const service of doc.model.services) {
      if (scope && !scope.services.has(service.name)) {
        continue;
      }
      for (const entry of deployEntries(doc, service.value)) {
        const why = composeIgnoredDeployKeys[entry.key];
        const range = entry.keyNode.range;
        if (why && range && !entry.merged) {
          report(
            doc.toRange(range[0], range[1]),
            `\`deploy.${entry.key}\` in service \`${service.name}\` only takes effect with \`docker stack deploy\`: \`docker compose up\` ignores it (${why}).`,
          );
        }
      }
    }
  },
};
