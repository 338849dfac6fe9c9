import { instructionCasing } from './casing';
import { copyIgnoredFile, invalidBaseImagePlatform } from './environment';
import { invalidDuration, invalidFlagValue } from './flagValues';
import { baseImageLatest, fromPlatformConst, invalidImageReference, redundantTargetPlatform } from './image';
import { apkNoCache, aptInstallYes, aptListsNotRemoved, aptNoInstallRecommends, aptUpdateAlone } from './packages';
import { addInsteadOfCopy, maintainerDeprecated, runCd, secretsInArgOrEnv, shellFormCommand, sudoInRun } from './practices';
import type { DockerfileEnvironmentRule, DockerfileRule } from './rule';
import { consecutiveRun, exposeSsh, lastUserRoot } from './runtime';
import { copyFromStage, duplicateStageName, fromAsCasing, reservedStageName, stageNameCasing } from './stages';
import { cmdIgnoredByShellEntrypoint, legacyKeyValue, multipleInstructions, sourceOutsideContext, workdirRelativePath } from './structure';
import {
  emptyContinuation,
  extraArguments,
  instructionBeforeFrom,
  missingArguments,
  unknownFlag,
  unknownInstruction,
  unterminated,
} from './syntax';
import { exposeProtoCasing, invalidExpose, invalidJson, invalidStopsignal } from './values';
import { invalidDefaultArgInFrom, undefinedArgInFrom, undefinedVariable } from './variables';

/** Every Dockerfile rule, in the order their diagnostics are produced. */
export const allRules: readonly DockerfileRule[] = [
  unknownInstruction,
  missingArguments,
  extraArguments,
  unknownFlag,
  invalidFlagValue,
  invalidDuration,
  invalidExpose,
  invalidStopsignal,
  invalidJson,
  invalidImageReference,
  unterminated,
  emptyContinuation,
  instructionBeforeFrom,
  duplicateStageName,
  reservedStageName,
  copyFromStage,
  undefinedVariable,
  undefinedArgInFrom,
  invalidDefaultArgInFrom,
  multipleInstructions,
  cmdIgnoredByShellEntrypoint,
  sourceOutsideContext,
  workdirRelativePath,
  legacyKeyValue,
  maintainerDeprecated,
  addInsteadOfCopy,
  runCd,
  aptUpdateAlone,
  aptInstallYes,
  aptNoInstallRecommends,
  aptListsNotRemoved,
  apkNoCache,
  shellFormCommand,
  secretsInArgOrEnv,
  baseImageLatest,
  sudoInRun,
  lastUserRoot,
  exposeSsh,
  consecutiveRun,
  stageNameCasing,
  fromAsCasing,
  instructionCasing,
  exposeProtoCasing,
  fromPlatformConst,
  redundantTargetPlatform,
];

/** Rules that read the build context and ask the engine (run after the file's own rules). */
export const environmentRules: readonly DockerfileEnvironmentRule[] = [copyIgnoredFile, invalidBaseImagePlatform];
