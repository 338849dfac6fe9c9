import { composeDurationUnits, parseGoDuration } from '../../common/goDuration';
import type { ComposeRule, Report } from './ComposeRule';
import { literal, serviceValuesAt, valueRange, type ServiceValue } from './serviceValues';
import type { ComposeDocument } from '../parse/ComposeDocument';

const integer = /^[-+]?\d+$/;
const decimal = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** `0-3,5`: what the engine's `ParseUintList` reads for `cpuset` (and `cpuset.mems`). */
export function cpusetProblem(text: string): string | undefined {
  for (const part of text.split(',')) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range) {
      const spaces = part.includes(' ') ? ' (no spaces)' : '';
      return `is not a CPU list: write numbers and ranges separated by commas, such as \`0-3,5\`${spaces}`;
    }
    if (range[2] !== undefined && Number(range[2]) < Number(range[1])) {
      return `has the range \`${part}\`, which ends before it starts`;
    }
  }
  return undefined;
}

/** What is wrong with a number of CPUs (`cpus`, `deploy.resources.*.cpus`). */
function cpusProblem(text: string): string | undefined {
  if (/^\d+(\.\d+)?%$/.test(text)) {
    return `is a percentage; \`cpus\` counts CPUs, so write \`${Number(text.slice(0, -1)) / 100}\``;
  }
  if (!decimal.test(text)) {
    return 'is not a number of CPUs, such as `0.5` or `2`';
  }
  return Number(text) < 0 ? 'is negative' : undefined;
}

function integerProblem(text: string): string | undefined {
  return integer.test(text) ? undefined : 'is not a whole number';
}

/** Each field's own check; the engine's CFS bounds are in microseconds. */
const checks: readonly { path: readonly string[]; problem: (text: string) => string | undefined }[] = [
  { path: ['cpus'], problem: cpusProblem },
  { path: ['deploy', 'resources', 'limits', 'cpus'], problem: cpusProblem },
  { path: ['deploy', 'resources', 'reservations', 'cpus'], problem: cpusProblem },
  { path: ['cpu_shares'], problem: t => integerProblem(t) ?? (Number(t) < 0 ? 'is negative' : undefined) },
  { path: ['cpu_count'], problem: t => integerProblem(t) ?? (Number(t) < 0 ? 'is negative' : undefined) },
  {
    path: ['cpu_percent'],
    problem: t => (decimal.test(t) && Number(t) >= 0 && Number(t) <= 100 ? undefined : 'is not a percentage between 0 and 100'),
  },
  {
    path: ['cpu_period'],
    problem: t =>
      integerProblem(t) ??
      (Number(t) !== 0 && (Number(t) < 1000 || Number(t) > 1_000_000)
        ? 'is outside 1000–1000000 microseconds (1ms–1s), which the engine refuses'
        : undefined),
  },
  {
    path: ['cpu_quota'],
    problem: t =>
      integerProblem(t) ?? (Number(t) > 0 && Number(t) < 1000 ? 'is under 1000 microseconds (1ms), which the engine refuses' : undefined),
  },
  { path: ['cpu_rt_period'], problem: rtProblem },
  { path: ['cpu_rt_runtime'], problem: rtProblem },
  { path: ['cpuset'], problem: cpusetProblem },
];

/** Real-time CPU budgets: microseconds, or (as the Compose Specification allows) a duration. */
function rtProblem(text: string): string | undefined {
  return integer.test(text) || 'nanoseconds' in parseGoDuration(text, composeDurationUnits)
    ? undefined
    : 'is neither a number of microseconds nor a duration such as `950ms`';
}

/**
 * CPU settings as Compose casts them and the engine accepts them. The number of CPUs is not
 * compared with the machine's: the engine that runs the file may have more cores than this one.
 */
export const invalidCpuValue: ComposeRule = {
  code: 'compose.invalid-cpu-value',
  local: true,
  defaultSeverity: 'error',
  description:
    'A CPU setting (`cpus`, `cpu_shares`, `cpu_period`, `cpu_quota`, `cpuset`, `deploy.resources.*.cpus`) is malformed, out of range or ' +
    'conflicting.',
  check({ doc, scope }, report) {
    const set = new Map<string, Map<string, ServiceValue>>();
    for (const { path, problem } of checks) {
      for (const value of serviceValuesAt(doc, scope, path)) {
        const text = literal(value);
        const found = text === undefined ? undefined : problem(text);
        if (found) {
          report(valueRange(doc, value.node), `\`${text ?? ''}\` in \`${value.field}\` of service \`${value.service}\` ${found}.`);
        } else if (text !== undefined) {
          set.set(value.service, (set.get(value.service) ?? new Map<string, ServiceValue>()).set(value.field, value));
        }
      }
    }
    for (const [service, fields] of set) {
      conflicts(doc, service, fields, report);
    }
  },
};

function conflicts(doc: ComposeDocument, service: string, fields: Map<string, ServiceValue>, report: Report): void {
  const nonZero = (field: string) => {
    const value = fields.get(field);
    return value?.text !== undefined && Number(value.text) !== 0 ? value : undefined;
  };
  const cpus = nonZero('cpus') ?? nonZero('deploy.resources.limits.cpus');
  for (const field of ['cpu_period', 'cpu_quota']) {
    const cfs = nonZero(field);
    if (cpus && cfs && !(field === 'cpu_quota' && Number(cfs.text) < 0)) {
      report(
        valueRange(doc, cfs.node),
        `Service \`${service}\` sets both \`${cpus.field}\` and \`${field}\`; the engine refuses the two together (\`cpus\` is the ` +
          `simpler way to write the same limit).`,
      );
    }
  }
  const own = nonZero('cpus');
  const deployed = nonZero('deploy.resources.limits.cpus');
  if (own && deployed && Number(own.text) !== Number(deployed.text)) {
    report(
      valueRange(doc, deployed.node),
      `Service \`${service}\` sets \`cpus: ${own.text ?? ''}\` and \`deploy.resources.limits.cpus: ${deployed.text ?? ''}\`; Compose ` +
        `refuses two different CPU limits.`,
    );
  }
}
