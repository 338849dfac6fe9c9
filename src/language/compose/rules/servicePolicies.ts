import { didYouMean } from '../../common/editDistance';
import { scalarText } from '../parse/yamlNodes';
import type { ComposeRule } from './ComposeRule';
import { rangeOf, serviceEntries } from './serviceEntries';

/**
 * String fields the Compose schema leaves free but Compose or the engine accept only in a few
 * forms. Interpolated values are skipped: they are only known at `up`.
 */
function policyRule(
  code: string,
  key: string,
  description: string,
  valid: (value: string) => boolean,
  forms: readonly string[],
  what: string,
): ComposeRule {
  return {
    code,
    local: true,
    defaultSeverity: 'error',
    description,
    check({ doc, scope }, report) {
      for (const { service, entry, value } of serviceEntries(doc, scope)) {
        const text = entry.key === key ? scalarText(value) : undefined;
        if (text === undefined || text.includes('$') || valid(text)) {
          continue;
        }
        const [start, end] = rangeOf(value, entry.keyNode);
        const accepted = forms.map(f => `\`${f}\``).join(', ');
        report(
          doc.toRange(start, end),
          `\`${text}\` is not a ${what} (service \`${service}\`)${didYouMean(text, forms)} Valid: ${accepted}.`,
        );
      }
    },
  };
}

export const invalidRestartPolicy = policyRule(
  'compose.invalid-restart-policy',
  'restart',
  "A service's `restart` is not no, always, on-failure[:max-retries] or unless-stopped.",
  v => /^(no|always|unless-stopped|on-failure(:\d+)?)$/.test(v),
  ['no', 'always', 'on-failure', 'unless-stopped'],
  'restart policy',
);

export const invalidPullPolicy = policyRule(
  'compose.invalid-pull-policy',
  'pull_policy',
  "A service's `pull_policy` is not always, never, missing, build, daily, weekly or every_<duration>.",
  v => /^(always|never|missing|if_not_present|build|daily|weekly|every_(\d+(\.\d+)?(ns|us|µs|ms|s|m|h|d|w))+)$/.test(v),
  ['always', 'never', 'missing', 'build', 'daily', 'weekly', 'every_12h'],
  'pull policy',
);
