import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostic, type Finding } from '../common/findings';
import type { LanguageSettings } from '../common/LanguageFeatures';
import type { ComposeRule, RuleContext } from './rules/ComposeRule';
import { localFindings } from './localFindings';
import { runRules } from './runRules';
import { explainingRules, generalRules, specificRules } from './rules';
import { schemaValidation } from './rules/schemaValidation';

/**
 * Runs every rule and applies the user's severities. A finding that explains a mistake hides the
 * general (syntax, schema) findings on the same lines: one diagnostic per real problem.
 */
export function validateCompose(context: RuleContext, settings: LanguageSettings['compose']): Diagnostic[] {
  const enabled = [...generalRules.filter(rule => rule !== schemaValidation || settings.schemaValidation), ...specificRules];
  const local = enabled.filter(rule => rule.local);
  const chunks = context.doc.chunks;
  const all = [
    ...runRules(
      enabled.filter(rule => !rule.local || !chunks),
      context,
    ),
    ...(chunks ? localFindings(local, context, chunks) : []),
  ];
  const specific = all.filter(f => specificRules.includes(f.rule));
  const general = all.filter(f => !specificRules.includes(f.rule));
  const severity = (f: Finding<ComposeRule>) => settings.rules[f.rule.code] ?? f.options?.severity ?? f.rule.defaultSeverity;
  const covered = specific.filter(f => explainingRules.has(f.rule) && severity(f) !== 'off').map(f => f.range);
  const kept = general.filter(f => !covered.some(c => c.start.line <= f.range.end.line && f.range.start.line <= c.end.line));
  // The YAML parser can report one mistake twice (two errors whose ranges trim to the same text).
  const seen = new Set<string>();
  return [...kept, ...specific]
    .flatMap(f => {
      const chosen = severity(f);
      return chosen === 'off' ? [] : [toDiagnostic(f, chosen)];
    })
    .filter(d => {
      const key = JSON.stringify([d.range, d.code, d.message]);
      return !seen.has(key) && Boolean(seen.add(key));
    });
}
