import { DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ReportOptions, RuleInfo } from './Rule';
import { toDiagnosticSeverity, type FindingSeverity } from './severity';

/** What a rule reported, before the user's settings decide whether and how it is shown. */
export interface Finding<R extends RuleInfo = RuleInfo> {
  readonly rule: R;
  readonly range: Range;
  readonly message: string;
  readonly options?: ReportOptions;
}

const tagCodes = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

/** The one way a finding of either language becomes an LSP diagnostic. */
export function toDiagnostic({ rule, range, message, options }: Finding, severity: FindingSeverity): Diagnostic {
  return {
    // Copied: the Dockerfile parse moves its ranges in place on later edits; callers get their own.
    range: { start: { ...range.start }, end: { ...range.end } },
    message,
    severity: toDiagnosticSeverity(severity),
    source: 'dockhand',
    code: rule.code,
    ...(options?.tags && options.tags.length > 0 ? { tags: options.tags.map(t => tagCodes[t]) } : {}),
    ...(options?.data !== undefined ? { data: options.data } : {}),
  };
}
