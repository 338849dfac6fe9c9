import type { ImageSource } from '../../common/EngineImages';
import type { FileSystem } from '../../common/FileSystem';
import type { Report, Rule, RuleInfo } from '../../common/Rule';
import type { DfDocument, DfInstruction } from '../parse/model';

export type { Report, ReportOptions } from '../../common/Rule';

/**
 * One Dockerfile rule (the shared contract in ../../common/Rule.ts): a whole-file rule looks at
 * the document (stages, order, scope); a `local` one at one instruction, and its findings are
 * cached per instruction (see ../features/validate.ts). `buildkit` is the BuildKit check name
 * that `# check=skip=` uses for the same problem.
 */
export type DockerfileRule = Rule<DfDocument, DfInstruction> & {
  readonly buildkit?: string;
  /**
   * A rule about what the image carries (package caches, recommended packages): its findings in a
   * stage whose layers never reach the final image (a builder only copied from) are dropped,
   * since nothing it leaves behind ships.
   */
  readonly finalImageOnly?: boolean;
};

/**
 * A rule that looks beyond the file: the build context on disk, the local engine's images. It
 * runs asynchronously, after the file's own rules, and its findings go through the same settings,
 * `# check=skip=` and `# dockhand-ignore` handling.
 */
export type DockerfileEnvironmentRule = RuleInfo & {
  readonly buildkit?: string;
  checkEnvironment(doc: DfDocument, env: DockerfileEnvironment, report: Report): Promise<void>;
};

/** What environment rules may look at. Both parts are injected, so tests fake them. */
export interface DockerfileEnvironment {
  readonly fs: FileSystem;
  readonly images: ImageSource;
  /** The build context folder (the Dockerfile's folder); undefined for unsaved documents. */
  readonly contextRoot: string | undefined;
  /** The Dockerfile's name relative to the context. */
  readonly dockerfile: string;
}
