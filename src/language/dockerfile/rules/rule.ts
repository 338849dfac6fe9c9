import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { RuleSeverity } from '../../common/LanguageFeatures';
import type { DfDocument, DfInstruction } from '../parse/model';

export interface ReportOptions {
  /** Used instead of the rule's default when the user has not configured the rule. */
  readonly severity?: Exclude<RuleSeverity, 'off'>;
  readonly tags?: Diagnostic['tags'];
  /** Carried to quick fixes (e.g. the suggested replacement). */
  readonly data?: unknown;
}

export type Report = (range: Range, message: string, options?: ReportOptions) => void;

/**
 * One diagnostic rule. `code` is stable (settings and `# dockhand-ignore` refer to it);
 * `buildkit` is the BuildKit check name that `# check=skip=` uses for the same problem.
 */
export interface DockerfileRule {
  readonly code: string;
  readonly buildkit?: string;
  /** 'off' for a rule that is right only on some projects: users turn it on in their settings. */
  readonly defaultSeverity: RuleSeverity;
  readonly description: string;
  /**
   * A rule about what the image carries (package caches, recommended packages): its findings in a
   * stage whose layers never reach the final image (a builder copied from) are dropped, since
   * nothing it leaves behind ships.
   */
  readonly finalImageOnly?: boolean;
  /** A rule that looks at the whole file (stages, order, scope). */
  check?(doc: DfDocument, report: Report): void;
  /**
   * A rule that needs only the instruction itself. Its findings are cached per instruction, so
   * after an edit only re-parsed instructions are checked again (see validate.ts).
   */
  checkInstruction?(ins: DfInstruction, report: Report): void;
}
