import { closest } from '../../common/editDistance';
import { entries, entry as entryOf, items, scalarText } from '../parse/yamlNodes';
import type { ComposeRule } from './ComposeRule';
import { serviceEntries } from './serviceEntries';
import { valueRange } from './serviceValues';

const keywords = ['bridge', 'host', 'none', 'default'];

/**
 * `network_mode` forms: `bridge`, `host`, `none`, `service:<name>` (checked by
 * `compose.undefined-service`), `container:<name|id>`, or the name of an existing network. Compose
 * refuses `network_mode` together with `networks:`; a near-miss of a keyword (`hots`) would be
 * looked up as a network and fail at `up`, so it is a warning.
 */
export const invalidNetworkMode: ComposeRule = {
  code: 'compose.invalid-network-mode',
  local: true,
  defaultSeverity: 'error',
  description:
    'A `network_mode` is malformed (`service:` or `container:` without a name, a misspelt `host`) or is used together with `networks`.',
  check({ doc, scope }, report) {
    for (const { service, entry, value } of serviceEntries(doc, scope)) {
      const text = entry.key === 'network_mode' ? scalarText(value) : undefined;
      if (text === undefined || !value || text.includes('$')) {
        continue;
      }
      const where = `\`network_mode: ${text}\` of service \`${service}\``;
      const [, prefix, name] = /^(service|container):(.*)$/.exec(text) ?? [];
      if (prefix && name.trim() === '') {
        report(valueRange(doc, value), `${where} names no ${prefix}: write \`${prefix}:<name>\`.`);
      } else if (prefix === 'service' && name === service) {
        report(valueRange(doc, value), `${where} shares the service's own network namespace; name another service.`);
      } else if (!prefix) {
        const lower = text.toLowerCase();
        const meant = keywords.includes(lower) ? lower : /^(services?|containers?):/i.test(text) ? undefined : closest(text, keywords);
        if (meant && meant !== text) {
          report(
            valueRange(doc, value),
            `${where} is not \`bridge\`, \`host\` or \`none\`; the engine will look for a network named \`${text}\` — did you mean ` +
              `\`${meant}\`?`,
            { severity: 'warning' },
          );
        } else if (/^(services?|containers?):/i.test(text)) {
          const fixed = text.replace(/^(\w+)(?=:)/, m => (/^s/i.test(m) ? 'service' : 'container'));
          report(valueRange(doc, value), `${where} is not a network mode — did you mean \`${fixed}\`?`);
        }
      }
      const networks = entryOf(doc.yaml, doc.model.services.find(s => s.name === service)?.value, 'networks');
      if (networks && (items(doc.yaml, networks.value).length > 0 || entries(doc.yaml, networks.value).length > 0)) {
        report(
          valueRange(doc, networks.keyNode),
          `Service \`${service}\` sets both \`network_mode\` and \`networks\`; Compose refuses the two together (a service in ` +
            `\`network_mode: ${text}\` joins no network of its own).`,
        );
      }
    }
  },
};
