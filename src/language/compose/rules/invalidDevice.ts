import { isMap } from 'yaml';
import { entries, items, scalarText } from '../parse/yamlNodes';
import type { ComposeRule } from './ComposeRule';
import { serviceEntries } from './serviceEntries';
import { valueRange } from './serviceValues';

/** Cgroup device access: some of `r`, `w`, `m`, each once. */
export function isDevicePermission(text: string): boolean {
  return /^[rwm]{1,3}$/.test(text) && new Set(text).size === text.length;
}

/** A CDI device name (`nvidia.com/gpu=all`) or a Windows device class (`class/<GUID>`): not a path. */
function isDeviceName(text: string): boolean {
  return /^[\w.-]+\/[\w.-]+=.+$/.test(text) || /^[\w-]+\/\{?[0-9a-fA-F-]+\}?$/.test(text);
}

/** What is wrong with a short-syntax device, read as compose-go's `transformDeviceMapping` splits it. */
export function deviceProblem(text: string): string | undefined {
  if (isDeviceName(text)) {
    return undefined;
  }
  const parts = text.split(':');
  if (parts.length > 3) {
    return 'has too many `:`; the form is `HOST_PATH[:CONTAINER_PATH[:PERMISSIONS]]`';
  }
  const [source, target, permissions] = parts;
  if (!source.startsWith('/')) {
    return `names \`${source}\`, not an absolute device path such as \`/dev/ttyUSB0\``;
  }
  if (parts.length === 2 && isDevicePermission(target)) {
    return `is read as the container path \`${target}\`; write \`${source}:${source}:${target}\` to set permissions`;
  }
  if (target !== undefined && !target.startsWith('/')) {
    return `maps to \`${target}\`, not an absolute path in the container`;
  }
  if (permissions !== undefined && !isDevicePermission(permissions)) {
    return `has the permissions \`${permissions}\`; use some of \`r\`, \`w\` and \`m\` (e.g. \`rwm\`)`;
  }
  return undefined;
}

/** `devices:` entries, short (`/dev/x[:/dev/y[:rwm]]`) and long (`source`, `target`, `permissions`). */
export const invalidDevice: ComposeRule = {
  code: 'compose.invalid-device',
  local: true,
  defaultSeverity: 'error',
  description:
    'A `devices` entry is not `HOST_PATH[:CONTAINER_PATH[:PERMISSIONS]]` with absolute paths and permissions made of r, w and m.',
  check({ doc, scope }, report) {
    for (const { service, entry, value } of serviceEntries(doc, scope)) {
      if (entry.key !== 'devices') {
        continue;
      }
      for (const item of items(doc.yaml, value)) {
        const text = scalarText(item);
        const problems: [typeof item, string, string][] = [];
        if (text !== undefined && !text.includes('$')) {
          const problem = deviceProblem(text);
          if (problem) {
            problems.push([item, text, problem]);
          }
        } else if (isMap(item)) {
          for (const field of entries(doc.yaml, item)) {
            const fieldText = scalarText(field.value);
            if (fieldText === undefined || fieldText.includes('$') || !field.value) {
              continue;
            }
            if (field.key === 'permissions' && !isDevicePermission(fieldText)) {
              problems.push([field.value, fieldText, 'is not made of `r`, `w` and `m` (e.g. `rwm`)']);
            } else if ((field.key === 'source' && !isDeviceName(fieldText)) || field.key === 'target') {
              if (!fieldText.startsWith('/')) {
                problems.push([field.value, fieldText, `is not an absolute path (device \`${field.key}\`)`]);
              }
            }
          }
        }
        for (const [node, shown, problem] of problems) {
          report(valueRange(doc, node), `Device \`${shown}\` of service \`${service}\` ${problem}.`);
        }
      }
    }
  },
};
