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
}

/** One diagnostic rule with a stable code users can re-grade or turn off in `dockhand.compose.rules`. */
export interface ComposeRule {
  readonly code: string;
  readonly defaultSeverity: Exclude<RuleSeverity, 'off'>;
  readonly description: string;
  check(context: RuleContext, report: Report): void;
}
