import type { FileSystem } from '../../common/FileSystem';
import type { Rule } from '../../common/Rule';
import type { ComposeDocument } from '../parse/ComposeDocument';

export type { FindingTag, Report } from '../../common/Rule';

export interface RuleContext {
  readonly doc: ComposeDocument;
  readonly fs: FileSystem;
  /** The folder holding the compose file, for relative paths; undefined for unsaved documents. */
  readonly folder: string | undefined;
  /**
   * For `local` rules: check only these services, and the top-level entries other than
   * `services` when `topLevel` is. Unset means the whole file.
   */
  readonly scope?: { readonly services: ReadonlySet<string>; readonly topLevel: boolean };
}

/**
 * One compose rule (the shared contract in ../../common/Rule.ts). A `local` rule's findings in a
 * service depend only on that service's definition (and the anchors it merges), so the validator
 * re-checks only the services an edit changed; it is given the context with `scope` set.
 */
export type ComposeRule = Rule<RuleContext, RuleContext>;
