import { isMap } from 'yaml';
import { didYouMean } from '../../common/editDistance';
import { entries, resolve, scalarText } from '../parse/yamlNodes';
import type { ComposeRule } from './ComposeRule';
import { serviceEntries } from './serviceEntries';
import { valueRange } from './serviceValues';

/** The limits the engine can set (go-units' `ulimitNameMapping`; `as` is left out there too). */
export const ulimitNames: readonly string[] = [
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
];

/**
 * `ulimits:` entries: a name the engine knows, whole numbers (Compose casts them; -1 is unlimited),
 * and a soft limit no higher than the hard one — the container would otherwise fail to start.
 */
export const invalidUlimit: ComposeRule = {
  code: 'compose.invalid-ulimit',
  local: true,
  defaultSeverity: 'error',
  description: 'A `ulimits` entry names a limit the engine does not know, is not a whole number, or has a soft limit above its hard limit.',
  check({ doc, scope }, report) {
    for (const { service, entry, value } of serviceEntries(doc, scope)) {
      if (entry.key !== 'ulimits') {
        continue;
      }
      for (const limit of entries(doc.yaml, value)) {
        if (!ulimitNames.includes(limit.key) && !limit.key.startsWith('x-')) {
          report(
            valueRange(doc, limit.keyNode),
            `\`${limit.key}\` in \`ulimits\` of service \`${service}\` is not a limit the engine ` +
              `knows${didYouMean(limit.key.toLowerCase(), ulimitNames) || `; use one of ${ulimitNames.join(', ')}.`}`,
          );
        }
        const node = resolve(doc.yaml, limit.value);
        const parts = isMap(node)
          ? entries(doc.yaml, node).filter(e => e.key === 'soft' || e.key === 'hard')
          : node
            ? [{ key: '', value: node }]
            : [];
        const numbers = new Map<string, number>();
        for (const part of parts) {
          const text = scalarText(part.value);
          if (text === undefined || text.includes('$') || !part.value) {
            continue;
          }
          const where = `\`ulimits.${limit.key}${part.key ? `.${part.key}` : ''}\` of service \`${service}\``;
          if (!/^[-+]?\d+$/.test(text)) {
            const unlimited = /^(unlimited|infinity)$/i.test(text) ? ' (write -1 for unlimited)' : '';
            report(valueRange(doc, part.value), `\`${text}\` in ${where} is not a whole number${unlimited}.`);
          } else {
            numbers.set(part.key, Number(text));
          }
        }
        const soft = numbers.get('soft');
        const hard = numbers.get('hard');
        const hardPart = parts.find(p => p.key === 'hard');
        if (soft !== undefined && hard !== undefined && hard !== -1 && (soft === -1 || soft > hard) && hardPart?.value) {
          report(
            valueRange(
              doc,
              resolve(doc.yaml, isMap(node) ? entries(doc.yaml, node).find(e => e.key === 'soft')?.value : null) ?? hardPart.value,
            ),
            `The soft limit of \`ulimits.${limit.key}\` in service \`${service}\` (${soft}) is above its hard limit (${hard}); the ` +
              `container would fail to start.`,
          );
        }
      }
    }
  },
};
