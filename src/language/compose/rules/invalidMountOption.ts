import { isMap, type Node } from 'yaml';
import { closest } from '../../common/editDistance';
import { entries, items, resolve, scalarText, value as valueOf } from '../parse/yamlNodes';
import type { ComposeRule, Report } from './ComposeRule';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { serviceEntries } from './serviceEntries';
import { valueRange } from './serviceValues';

const propagations = ['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'];

/** Short-syntax volume options, by the group of which only one may be given (moby's mount parser). */
const volumeOptionGroups: Readonly<Record<string, readonly string[]>> = {
  access: ['ro', 'rw'],
  selinux: ['z', 'Z'],
  propagation: propagations,
  copy: ['nocopy'],
  consistency: ['consistent', 'cached', 'delegated'],
};
const volumeOptions = Object.values(volumeOptionGroups).flat();

/** tmpfs options the engine accepts: mount flags, and `key=value` data for tmpfs itself. */
const tmpfsFlags = [
  'defaults',
  'ro',
  'rw',
  'suid',
  'nosuid',
  'dev',
  'nodev',
  'exec',
  'noexec',
  'sync',
  'async',
  'dirsync',
  'remount',
  'mand',
  'nomand',
  'atime',
  'noatime',
  'diratime',
  'nodiratime',
  'bind',
  'rbind',
  'unbindable',
  'runbindable',
  'relatime',
  'norelatime',
  'strictatime',
  'nostrictatime',
  ...propagations,
];
const tmpfsData = ['size', 'mode', 'uid', 'gid', 'nr_inodes', 'nr_blocks', 'mpol'];

/** Words people write for an option. */
const optionWords: Readonly<Record<string, string>> = {
  readonly: 'ro',
  'read-only': 'ro',
  read_only: 'ro',
  readwrite: 'rw',
  'read-write': 'rw',
  read_write: 'rw',
  'no-copy': 'nocopy',
  no_copy: 'nocopy',
};

function suggestion(word: string, known: readonly string[]): string {
  const meant = (known.includes(optionWords[word.toLowerCase()]) ? optionWords[word.toLowerCase()] : undefined) ?? closest(word, known);
  return meant ? ` — did you mean \`${meant}\`?` : '';
}

/**
 * The parts of a short-syntax volume as compose-go's `ParseVolume` cuts them (a Windows drive's
 * colon belongs to the path); an error for what it refuses.
 */
function volumeParts(text: string): { options?: string } | { error: string } {
  const parts: string[] = [];
  let current = '';
  for (const char of text) {
    if (char === ':' && !(current.length === 1 && /\p{L}/u.test(current))) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  if (parts.length > 3) {
    return { error: 'has too many `:`; the form is `SOURCE:TARGET[:OPTIONS]`' };
  }
  if (parts.some(p => p === '') && text.length > 2) {
    return { error: 'has an empty part between `:`' };
  }
  return parts.length === 3 ? { options: parts[2] } : {};
}

function checkShortVolume(text: string, where: string, node: Node, doc: ComposeDocument, report: Report): void {
  const parts = volumeParts(text);
  if ('error' in parts) {
    report(valueRange(doc, node), `Volume \`${text}\` of ${where} ${parts.error}.`);
    return;
  }
  if (parts.options === undefined) {
    return;
  }
  const options = parts.options.split(',');
  for (const option of options) {
    if (!volumeOptions.includes(option)) {
      report(
        valueRange(doc, node),
        `Volume \`${text}\` of ${where} has the option \`${option}\`, which Compose ` +
          `ignores${suggestion(option, volumeOptions) || ` (options: ${volumeOptions.join(', ')}).`}`,
        { severity: 'warning' },
      );
    }
  }
  for (const [group, members] of Object.entries(volumeOptionGroups)) {
    const given = [...new Set(options.filter(o => members.includes(o)))];
    if (given.length > 1) {
      report(
        valueRange(doc, node),
        `Volume \`${text}\` of ${where} sets ${group} twice (\`${given.join('`, `')}\`); only the last counts.`,
        {
          severity: 'warning',
        },
      );
    }
  }
}

function checkLongVolume(item: Node, where: string, doc: ComposeDocument, report: Report): void {
  const type = scalarText(valueOf(doc.yaml, item, 'type'));
  const propagation = valueOf(doc.yaml, item, 'bind') && valueOf(doc.yaml, valueOf(doc.yaml, item, 'bind'), 'propagation');
  const propagationText = scalarText(propagation);
  if (propagation && propagationText !== undefined && !propagationText.includes('$') && !propagations.includes(propagationText)) {
    report(
      valueRange(doc, propagation),
      `\`bind.propagation: ${propagationText}\` of ${where} is not a propagation ` +
        `mode${suggestion(propagationText, propagations) || ` (${propagations.join(', ')}).`}`,
    );
  }
  if (type === undefined || type.includes('$')) {
    return;
  }
  for (const section of ['bind', 'volume', 'tmpfs', 'image']) {
    const field = entries(doc.yaml, item).find(e => e.key === section);
    if (field && section !== type && !(section === 'bind' && type === 'npipe')) {
      report(
        valueRange(doc, field.keyNode),
        `A \`type: ${type}\` volume of ${where} has \`${section}\` options, which only apply to \`type: ${section}\`; Compose ignores ` +
          `them.`,
        { severity: 'warning' },
      );
    }
  }
}

/** `tmpfs: /run:size=64m,mode=1777`: the options the engine hands to the kernel's tmpfs. */
function checkTmpfs(text: string, where: string, node: Node, doc: ComposeDocument, report: Report): void {
  const colon = text.indexOf(':');
  const path = colon < 0 ? text : text.slice(0, colon);
  if (!path.startsWith('/')) {
    report(valueRange(doc, node), `tmpfs \`${text}\` of ${where} does not start with an absolute path in the container.`);
  }
  if (colon < 0) {
    return;
  }
  for (const option of text.slice(colon + 1).split(',')) {
    const [key, data] = option.split(/=(.*)/s);
    if (data === undefined ? !tmpfsFlags.includes(key) : !tmpfsData.includes(key)) {
      const known = data === undefined ? [...tmpfsFlags, ...tmpfsData] : tmpfsData;
      report(
        valueRange(doc, node),
        `tmpfs \`${text}\` of ${where} has the option \`${option}\`, which the engine ` +
          `refuses${suggestion(key, known) || ' (size, mode, uid, gid, nr_inodes, noexec, nosuid, …).'}`,
      );
    } else if (key === 'size' && !/^(\d+[kmgtpe]?|\d{1,3}%)$/i.test(data)) {
      report(
        valueRange(doc, node),
        `tmpfs \`${text}\` of ${where} has \`size=${data}\`; the kernel reads a number with k, m or g (\`size=64m\`) or a percentage of ` +
          `memory.`,
      );
    } else if (key === 'mode' && !/^[0-7]{1,5}$/.test(data)) {
      report(valueRange(doc, node), `tmpfs \`${text}\` of ${where} has \`mode=${data}\`; write an octal mode such as \`1777\`.`);
    }
  }
}

/**
 * Mount option strings the schema leaves free: short-syntax volume options (`ro`, `z`,
 * `nocopy`, …) — Compose ignores unknown ones, so `:readonly` silently mounts read-write —
 * long-syntax propagation and per-type sections, and the service's `tmpfs` options.
 */
export const invalidMountOption: ComposeRule = {
  code: 'compose.invalid-mount-option',
  local: true,
  defaultSeverity: 'error',
  description:
    'A volume or tmpfs mount has an option Compose ignores or the engine refuses (`:readonly`, `ro,rw`, `size=64mb`, a bad propagation).',
  check({ doc, scope }, report) {
    for (const { service, entry, value } of serviceEntries(doc, scope)) {
      const where = `service \`${service}\``;
      if (entry.key === 'volumes') {
        for (const item of items(doc.yaml, value)) {
          const text = scalarText(item);
          if (text !== undefined && !text.includes('$')) {
            checkShortVolume(text, where, item, doc, report);
          } else if (isMap(item)) {
            checkLongVolume(item, where, doc, report);
          }
        }
      } else if (entry.key === 'tmpfs') {
        const list = items(doc.yaml, value);
        for (const item of list.length > 0 ? list : [resolve(doc.yaml, value)]) {
          const text = scalarText(item);
          if (item && text !== undefined && !text.includes('$')) {
            checkTmpfs(text, where, item, doc, report);
          }
        }
      }
    }
  },
};
