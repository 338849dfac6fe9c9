import type { Rule } from '../../common/Rule';
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
