import { parseGoDuration } from '../../common/goDuration';
import { instructionFlags, mountOptions, mountOptionValues, mountTypes, type FlagSpec } from '../knowledge/instructions';
import type { DfFlag } from '../parse/model';
import type { DockerfileRule, Report } from './rule';
import { hasVariable } from './util';

/** Go's time.ParseDuration syntax, as the builder reads HEALTHCHECK durations; the builder refuses negative ones. */
export function isDuration(text: string): boolean {
  const duration = parseGoDuration(text);
  return 'nanoseconds' in duration && duration.nanoseconds >= 0;
}

function checkMount(flag: DfFlag, report: Report): void {
  const typeOption = flag.options.find(o => o.name === 'type');
  const type = typeOption?.value ?? 'bind';
  if (hasVariable(type)) {
    return;
  }
  if (!(mountTypes as readonly string[]).includes(type)) {
    report(typeOption?.valueRange ?? flag.range, `Unknown mount type '${type}': use ${mountTypes.join(', ')}.`);
    return;
  }
  for (const option of flag.options) {
    if (option.name === 'type') {
      continue;
    }
    if (!mountOptions[type].includes(option.name)) {
      report(option.nameRange, `A ${type} mount has no option '${option.name}'.`);
      continue;
    }
    const allowed = mountOptionValues[option.name];
    if (allowed && option.value !== null && !hasVariable(option.value) && !allowed.includes(option.value)) {
      report(option.valueRange ?? option.range, `'${option.value}' is not a valid value for ${option.name}: use ${allowed.join(', ')}.`);
    }
  }
  if (
    (type === 'cache' || type === 'tmpfs' || type === 'bind') &&
    !flag.options.some(o => ['target', 'dst', 'destination'].includes(o.name))
  ) {
    report(flag.range, `A ${type} mount needs a target.`);
  }
}

function valueProblem(spec: FlagSpec, value: string): string | undefined {
  switch (spec.kind) {
    case 'bool':
      return /^(true|false)$/i.test(value) ? undefined : `--${spec.name} takes true or false.`;
    case 'integer':
      return /^\d+$/.test(value) ? undefined : `--${spec.name} takes a whole number.`;
    case 'chmod':
      return /^[0-7]{3,4}$/.test(value) || /^([ugoa]*[-+=][rwxXst]*,?)+$/.test(value)
        ? undefined
        : `--${spec.name} takes an octal mode such as 0755.`;
    case 'enum':
      return spec.values?.includes(value) ? undefined : `--${spec.name} takes one of ${spec.values?.join(', ')}.`;
    case 'string':
      return value.length === 0 ? `--${spec.name} needs a value.` : undefined;
    default:
      return undefined;
  }
}

export const invalidFlagValue: DockerfileRule = {
  code: 'dockerfile.invalid-flag-value',
  defaultSeverity: 'error',
  description:
    'A flag has a value it does not accept (bad mount type or option, non-octal --chmod, --network other than default/none/host…).',
  local: true,
  check(ins, report) {
    for (const flag of ins.flags) {
      const spec = instructionFlags[ins.keyword]?.find(s => s.name === flag.name);
      if (!spec || spec.kind === 'duration') {
        continue;
      }
      if (spec.kind === 'mount') {
        checkMount(flag, report);
        continue;
      }
      if (flag.value === null) {
        if (spec.kind !== 'bool') {
          report(flag.range, `--${flag.name} needs a value: --${flag.name}=…`);
        }
        continue;
      }
      const problem = hasVariable(flag.value) ? undefined : valueProblem(spec, flag.value);
      if (problem) {
        report(flag.valueRange ?? flag.range, problem);
      }
    }
  },
};

export const invalidDuration: DockerfileRule = {
  code: 'dockerfile.invalid-duration',
  defaultSeverity: 'error',
  description: 'A HEALTHCHECK duration is not a number with a unit (e.g. 30s, 1m30s).',
  local: true,
  check(ins, report) {
    for (const flag of ins.flags) {
      const spec = instructionFlags[ins.keyword]?.find(s => s.name === flag.name);
      if (spec?.kind !== 'duration') {
        continue;
      }
      if (flag.value === null || (!hasVariable(flag.value) && !isDuration(flag.value))) {
        report(flag.valueRange ?? flag.range, `--${flag.name} needs a duration with a unit, such as 30s or 1m30s.`);
      }
    }
  },
};
