import type { ComposeRule } from './ComposeRule';
import { composeIgnoredDeployKey } from './composeIgnoredDeployKey';
import { dependencyCycle } from './dependencyCycle';
import { duplicateContainerName } from './duplicateContainerName';
import { duplicateHostPort } from './duplicateHostPort';
import { duplicateKey } from './duplicateKey';
import { fullWidthColon } from './fullWidthColon';
import { invalidByteSize } from './invalidByteSize';
import { invalidCpuValue } from './invalidCpuValue';
import { invalidDevice } from './invalidDevice';
import { invalidDuration } from './invalidDuration';
import { invalidInterpolation } from './invalidInterpolation';
import { invalidMountOption } from './invalidMountOption';
import { invalidNetworkMode } from './invalidNetworkMode';
import { invalidStopSignal } from './invalidStopSignal';
import { invalidUlimit } from './invalidUlimit';
import { invalidPort } from './invalidPort';
import { legacyLinks } from './legacyLinks';
import { misspelledSection } from './misspelledSection';
import { missingFile } from './missingFile';
import { obsoleteVersion } from './obsoleteVersion';
import { removedV1Key } from './removedV1Key';
import { invalidPullPolicy, invalidRestartPolicy } from './servicePolicies';
import { schemaValidation } from './schemaValidation';
import { spaceAfterColon } from './spaceAfterColon';
import { swarmIgnoredKey } from './swarmIgnoredKey';
import { undefinedConfig, undefinedNetwork, undefinedSecret, undefinedService, undefinedVolume } from './undefinedReference';
import { yamlSyntax } from './yamlSyntax';

/** Rules that each look for one kind of mistake. */
export const specificRules: readonly ComposeRule[] = [
  fullWidthColon,
  misspelledSection,
  removedV1Key,
  spaceAfterColon,
  invalidPort,
  duplicateKey,
  undefinedService,
  undefinedNetwork,
  undefinedVolume,
  undefinedSecret,
  undefinedConfig,
  dependencyCycle,
  duplicateHostPort,
  duplicateContainerName,
  invalidInterpolation,
  missingFile,
  obsoleteVersion,
  legacyLinks,
  invalidRestartPolicy,
  invalidPullPolicy,
  invalidDuration,
  invalidByteSize,
  invalidCpuValue,
  invalidStopSignal,
  invalidUlimit,
  invalidNetworkMode,
  invalidDevice,
  invalidMountOption,
  swarmIgnoredKey,
  composeIgnoredDeployKey,
];

/**
 * Specific rules that explain a parse or schema error better than the parser or ajv can (a
 * full-width colon, `service:` for `services:`); general findings on the same lines are dropped.
 */
export const explainingRules: ReadonlySet<ComposeRule> = new Set([
  fullWidthColon,
  misspelledSection,
  removedV1Key,
  spaceAfterColon,
  invalidPort,
  duplicateKey,
  invalidDuration,
  invalidByteSize,
  invalidCpuValue,
  invalidUlimit,
]);

/** Rules that report whatever the parser or the schema validator rejects. */
export const generalRules: readonly ComposeRule[] = [yamlSyntax, schemaValidation];

export const allRules: readonly ComposeRule[] = [...generalRules, ...specificRules];
