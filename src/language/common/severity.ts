import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { RuleSeverity } from './LanguageFeatures';

/** A severity a rule can be set to; `off` is handled before a diagnostic exists. */
export type FindingSeverity = Exclude<RuleSeverity, 'off'>;

const severities: Readonly<Record<FindingSeverity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The LSP severity for a rule's setting in `dockhand.dockerfile.rules` / `dockhand.compose.rules`. */
export function toDiagnosticSeverity(severity: FindingSeverity): DiagnosticSeverity {
  return severities[severity];
}
