import type { Finding } from '../common/findings';
import type { ComposeRule, RuleContext } from './rules/ComposeRule';

/** Runs rules on the context (whole file, or the `scope` a local run is given). */
export function runRules(rules: readonly ComposeRule[], context: RuleContext): Finding<ComposeRule>[] {
  const findings: Finding<ComposeRule>[] = [];
  const { doc } = context;
  for (const rule of rules) {
    rule.check(context, (range, message, options) => {
      // Ranges of block nodes run up to the next line; the squiggle should stop at the text.
      const start = doc.toOffset(range.start);
      let last = doc.toOffset(range.end);
      const end = last;
      while (last > start + 1 && /\s/.test(doc.text[last - 1] ?? '')) {
        last--;
      }
      findings.push({ rule, range: last === end ? range : { start: range.start, end: doc.toPosition(last) }, message, options });
    });
  }
  return findings;
}
