import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { ImageSource } from '../../common/EngineImages';
import type { FileSystem } from '../../common/FileSystem';
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
  readonly defaultSeverity: Exclude<RuleSeverity, 'off'>;
  readonly description: string;
  /** A rule that looks at the whole file (stages, order, scope). */
  check?(doc: DfDocument, report: Report): void;
  /**
   * A rule that needs only the instruction itself. Its findings are cached per instruction, so
   * after an edit only re-parsed instructions are checked again (see validate.ts).
   */
  checkInstruction?(ins: DfInstruction, report: Report): void;
  /** A rule that looks beyond the file: the build context on disk, the local engine's images. */
  checkEnvironment?(doc: DfDocument, env: DockerfileEnvironment, report: Report): Promise<void>;
}

/** What environment rules may look at. Both parts are injected, so tests fake them. */
export interface DockerfileEnvironment {
  readonly fs: FileSystem;
  readonly images: ImageSource;
  /** The build context folder (the Dockerfile's folder); undefined for unsaved documents. */
  readonly contextRoot: string | undefined;
  /** The Dockerfile's name relative to the context. */
  readonly dockerfile: string;
}
