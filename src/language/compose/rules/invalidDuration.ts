import { composeDurationUnits, parseGoDuration } from '../../common/goDuration';
import { valueFormatRule } from './serviceValues';

/** Healthcheck timings the engine refuses below a millisecond (zero means "the default"). */
const healthcheckTimings = ['interval', 'timeout', 'start_period', 'start_interval'];

/**
 * Durations Compose reads with str2duration (`1m30s`, `1.5h`, `10d`); the schema types them as
 * any string, so `30` or `10sec` only fail at `up`.
 */
export const invalidDuration = valueFormatRule({
  code: 'compose.invalid-duration',
  description: 'A duration (healthcheck timings, `stop_grace_period`, deploy delays) is not a number with a unit such as `30s` or `1m30s`.',
  fields: [
    ...healthcheckTimings.map(key => ['healthcheck', key]),
    ['stop_grace_period'],
    ...['update_config', 'rollback_config'].flatMap(key => [
      ['deploy', key, 'delay'],
      ['deploy', key, 'monitor'],
    ]),
    ['deploy', 'restart_policy', 'delay'],
    ['deploy', 'restart_policy', 'window'],
  ],
  problem(text, field) {
    const duration = parseGoDuration(text, composeDurationUnits);
    if ('error' in duration) {
      return duration.error;
    }
    const timing = healthcheckTimings.find(key => field === `healthcheck.${key}`);
    if (timing && duration.nanoseconds !== 0 && duration.nanoseconds < 1e6) {
      return duration.nanoseconds < 0 ? 'is negative; the engine refuses it' : 'is shorter than 1ms, which the engine refuses';
    }
    return undefined;
  },
});
