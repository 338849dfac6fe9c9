import type { Range } from 'vscode-languageserver-types';
import type { RuleSeverity } from './LanguageFeatures';
import type { FindingSeverity } from './severity';

/** How a problem is drawn besides its severity: faded (`unnecessary`) or struck through. */
export type FindingTag = 'unnecessary' | 'deprecated';

export interface ReportOptions {
  /** Used instead of the rule's default when the user has not configured the rule. */
  readonly severity?: FindingSeverity;
  readonly tags?: readonly FindingTag[];
  /** Carried to quick fixes (e.g. the suggested replacement). */
  readonly data?: unknown;
}

/** How every rule of both languages reports a problem: where, what, and how to draw it. */
export type Report = (range: Range, message: string, options?: ReportOptions) => void;

/** What every rule declares: a stable code users re-grade or turn off in the settings, and what it finds. */
export interface RuleInfo {
  readonly code: string;
  /** 'off' for a rule that is right only on some projects: users turn it on in their settings. */
  readonly defaultSeverity: RuleSeverity;
  readonly description: string;
}

/**
 * One diagnostic rule of either language. A rule either looks at the whole document, or opts in
 * to incremental checking with `local: true`: what it finds in one part (a Dockerfile
 * instruction, a compose service) then depends on that part alone, so after an edit the
 * validator re-checks only the parts the edit changed and reuses the rest.
 */
export type Rule<Whole, Part> = RuleInfo &
  (
    | { readonly local?: false; check(whole: Whole, report: Report): void }
    | { readonly local: true; check(part: Part, report: Report): void }
  );
