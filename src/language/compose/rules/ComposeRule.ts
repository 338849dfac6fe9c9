import type { RuleSeverity } from '../../common/LanguageFeatures';
import type { FileSystem } from '../../common/FileSystem';
import type { ComposeDocument } from '../parse/ComposeDocument';

/** How a problem is drawn besides its severity: faded (`unnecessary`) or struck through. */
export type FindingTag = 'unnecessary' | 'deprecated';

export type Report = (start: number, end: number, message: string, tags?: readonly FindingTag[]) => void;

export interface RuleContext {
  readonly doc: ComposeDocument;
  readonly fs: FileSystem;
  /** The folder holding the compose file, for relative paths; undefined for unsaved documents. */
  readonly folder: string | undefined;
  /**
   * For rules with `local` set: check only these services, and the top-level entries other than
   * `services` when `topLevel` is. Unset means the whole file.
   */
  readonly scope?: { readonly services: ReadonlySet<string>; readonly topLevel: boolean };
}

/** One diagnostic rule with a stable code users can re-grade or turn off in `dockhand.compose.rules`. */
export interface ComposeRule {
  readonly code: string;
  readonly defaultSeverity: Exclude<RuleSeverity, 'off'>;
  readonly description: string;
  /**
   * True when what the rule finds in a service depends only on that service's definition (and
   * the anchors it merges): the validator then re-checks only services an edit changed.
   */
  readonly local?: boolean;
  check(context: RuleContext, report: Report): void;
}
