import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { LanguageSettings, RuleSeverity } from '../common/LanguageFeatures';
import type { ComposeRule, RuleContext } from './rules/ComposeRule';
import { localFindings, type Finding } from './localFindings';
import { explainingRules, generalRules, specificRules } from './rules';
import { schemaValidation } from './rules/schemaValidation';

const severities: Readonly<Record<Exclude<RuleSeverity, 'off'>, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};


/**
 * Runs every rule and applies the user's severities. A finding that explains a mistake hides the
 * general (syntax, schema) findings on the same lines: one diagnostic per real problem.
 */
export function validateCompose(context: RuleContext, settings: LanguageSettings['compose']): Diagnostic[] {
  const enabled = [...generalRules.filter(rule => rule !== schemaValidation || settings.schemaValidation), ...specificRules];
  const local = enabled.filter(rule => rule.local);
  const chunks = context.doc.chunks;
  const all = [
    ...run(enabled.filter(rule => !rule.local || !chunks), context),
    ...(chunks ? localFindings(local, context, chunks, run) : []),
  ];
  const specific = all.filter(f => specificRules.includes(f.rule));
  const general = all.filter(f => !specificRules.includes(f.rule));
  const lines = (f: Finding) => [context.doc.toPosition(f.start).line, context.doc.toPosition(f.end).line] as const;
  const severity = (f: Finding) => settings.rules[f.rule.code] ?? f.rule.defaultSeverity;
  const covered = specific.filter(f => explainingRules.has(f.rule) && severity(f) !== 'off').map(lines);
  const kept = general.filter(f => {
    const [first, last] = lines(f);
    return !covered.some(([a, b]) => a <= last && first <= b);
  });
  // The YAML parser can report one mistake twice (two errors whose ranges trim to the same text).
  const seen = new Set<string>();
  return [...kept, ...specific].flatMap(f => toDiagnostic(f, severity(f), context)).filter(d => {
    const key = JSON.stringify([d.range, d.code, d.message]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

function run(rules: readonly ComposeRule[], context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(context, (start, end, message, tags = []) => {
      // Ranges of block nodes run up to the next line; the squiggle should stop at the text.
      let last = end;
      while (last > start + 1 && /\s/.test(context.doc.text[last - 1] ?? '')) {
        last--;
      }
      findings.push({ rule, start, end: last, message, tags });
    });
  }
  return findings;
}

function toDiagnostic(f: Finding, severity: RuleSeverity, { doc }: RuleContext): Diagnostic[] {
  if (severity === 'off') {
    return [];
  }
  const tags = f.tags.map(t => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  return [{
    range: doc.toRange(f.start, f.end), severity: severities[severity], code: f.rule.code, source: 'dockhand', message: f.message,
    ...(tags.length > 0 ? { tags } : {}),
  }];
}
