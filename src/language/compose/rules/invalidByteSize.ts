import { parseByteSize } from '../text/byteSize';
import type { ComposeRule } from './ComposeRule';
import { literal, sentence, serviceValuesAt, valueRange, type ServiceValue } from './serviceValues';

/** Fields Compose reads as a size (`UnitBytes`). */
const sizeFields: readonly (readonly string[])[] = [
  ['mem_limit'],
  ['memswap_limit'],
  ['mem_reservation'],
  ['shm_size'],
  ['build', 'shm_size'],
  ['deploy', 'resources', 'limits', 'memory'],
  ['deploy', 'resources', 'reservations', 'memory'],
  ['blkio_config', 'device_read_bps', '[]', 'rate'],
  ['blkio_config', 'device_write_bps', '[]', 'rate'],
  ['volumes', '[]', 'tmpfs', 'size'],
];

/** The engine's smallest memory limit and reservation (moby's `linuxMinMemory`). */
const minimumMemory = 6 * 1024 * 1024;

/**
 * Sizes as Compose parses them (`512m`, `2g`, `1.5GiB`; binary units, any case), and the limits
 * the engine then refuses at container creation: memory under 6 MB, swap below memory, a
 * reservation above the limit.
 */
export const invalidByteSize: ComposeRule = {
  code: 'compose.invalid-byte-size',
  local: true,
  defaultSeverity: 'error',
  description:
    'A size (`mem_limit`, `shm_size`, `deploy.resources.*.memory`, blkio rates, tmpfs size) is malformed, or memory limits the engine ' +
    'refuses.',
  check({ doc, scope }, report) {
    const sizes = new Map<string, Map<string, { value: ServiceValue; bytes: number }>>();
    for (const path of sizeFields) {
      for (const value of serviceValuesAt(doc, scope, path)) {
        const text = literal(value);
        if (text === undefined) {
          continue;
        }
        const size = parseByteSize(text);
        if ('error' in size) {
          report(valueRange(doc, value.node), sentence(`\`${text}\` in \`${value.field}\` of service \`${value.service}\` ${size.error}`));
          continue;
        }
        const service = sizes.get(value.service) ?? new Map<string, { value: ServiceValue; bytes: number }>();
        sizes.set(value.service, service.set(value.field, { value, bytes: size.bytes }));
      }
    }
    for (const [service, fields] of sizes) {
      const limit = fields.get('mem_limit') ?? fields.get('deploy.resources.limits.memory');
      const reservation = fields.get('mem_reservation') ?? fields.get('deploy.resources.reservations.memory');
      const swap = fields.get('memswap_limit');
      for (const memory of [limit, reservation]) {
        if (memory && memory.bytes > 0 && memory.bytes < minimumMemory) {
          report(
            valueRange(doc, memory.value.node),
            `\`${memory.value.field}\` of service \`${service}\` is ${memory.bytes} bytes; the engine refuses memory limits and ` +
              `reservations under 6 MB (did you forget the unit, e.g. \`512m\`?).`,
          );
        }
      }
      if (swap && swap.bytes > 0 && limit && limit.bytes > 0 && swap.bytes < limit.bytes) {
        report(
          valueRange(doc, swap.value.node),
          `\`memswap_limit\` of service \`${service}\` is below its memory limit; it counts memory plus swap, so the engine refuses it ` +
            `— use at least \`${limit.value.text ?? ''}\`, or -1 for unlimited swap.`,
        );
      }
      if (swap && swap.bytes > 0 && !limit) {
        report(
          valueRange(doc, swap.value.node),
          `\`memswap_limit\` of service \`${service}\` needs \`mem_limit\`: the engine refuses a swap limit without a memory limit.`,
        );
      }
      if (limit && reservation && limit.bytes > 0 && reservation.bytes > limit.bytes) {
        report(
          valueRange(doc, reservation.value.node),
          `The memory reservation of service \`${service}\` is above its limit; the engine refuses that.`,
        );
      }
    }
  },
};
