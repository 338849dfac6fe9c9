import type { Range } from 'vscode-languageserver-types';
import type { Source, Token } from './source';

export interface RawFlagOption {
  readonly name: string;
  readonly value: string | null;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range | null;
}

export interface RawFlag {
  readonly name: string;
  readonly value: string | null;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range | null;
  readonly options: readonly RawFlagOption[];
}

/**
 * When an instruction's flags end: ADD, COPY, FROM and RUN stop at the first word without `--`,
 * HEALTHCHECK at CMD or NONE; the exec-form instructions (CMD, ENTRYPOINT, SHELL, VOLUME) take
 * none; the others are not read for flags at all (undefined).
 */
export function flagsEnd(keyword: string): ((word: string) => boolean) | undefined {
  switch (keyword) {
    case 'ADD':
    case 'COPY':
    case 'FROM':
    case 'RUN':
      return word => word.indexOf('--') === -1;
    case 'HEALTHCHECK':
      return word => {
        const upper = word.toUpperCase();
        return upper === 'CMD' || upper === 'NONE';
      };
    case 'CMD':
    case 'ENTRYPOINT':
    case 'SHELL':
    case 'VOLUME':
      return () => true;
    default:
      return undefined;
  }
}

/** The leading `--name[=value]` words (dockerfile-ast 0.7.1's `getFlags`, option splitting included). */
export function flagsOf(source: Source, words: readonly Token[], stop: (word: string) => boolean): RawFlag[] {
  const flags: RawFlag[] = [];
  for (const word of words) {
    const value = word.value;
    if (stop(value)) {
      break;
    }
    if (value.indexOf('--') !== 0) {
      continue;
    }
    const range = word.range;
    const start = source.offset(range.start);
    const raw = source.text.substring(start, source.offset(range.end));
    const nameIndex = value.indexOf('=');
    const index = raw.indexOf('=');
    let dashes = 0;
    let nameOffset = -1;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw.charAt(i);
      if (ch === '\\' || ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
        continue;
      }
      if (ch === '-' && dashes < 2) {
        dashes++;
        continue;
      }
      nameOffset = i;
      break;
    }
    const nameStart = source.position(start + nameOffset);
    if (index === -1) {
      flags.push({
        name: value.substring(2),
        value: null,
        range,
        nameRange: { start: nameStart, end: range.end },
        valueRange: null,
        options: [],
      });
    } else if (index === value.length - 1) {
      const nameRange = { start: nameStart, end: source.position(start + index) };
      flags.push({
        name: value.substring(2, index),
        value: '',
        range,
        nameRange,
        valueRange: { start: range.end, end: range.end },
        options: [],
      });
    } else {
      const flagValue = value.substring(nameIndex + 1);
      const valueRange = { start: source.position(start + index + 1), end: range.end };
      flags.push({
        name: value.substring(2, nameIndex),
        value: flagValue,
        range,
        nameRange: { start: nameStart, end: source.position(start + index) },
        valueRange,
        options: optionsOf(source, flagValue, source.offset(valueRange.start)),
      });
    }
  }
  return flags;
}

/** `type=cache,target=/x` as options. Positions count characters of the unescaped value from where the value starts. */
function optionsOf(source: Source, value: string, offset: number): RawFlagOption[] {
  const options: RawFlagOption[] = [];
  let nameStart = -1;
  let valueStart = -1;
  let hasOptions = false;
  const option = (end: number): RawFlagOption => {
    const range = source.range(offset + nameStart, offset + end);
    if (valueStart === -1) {
      return { name: value.substring(nameStart, end), value: null, range, nameRange: range, valueRange: null };
    }
    return {
      name: value.substring(nameStart, valueStart - 1),
      value: value.substring(valueStart, end),
      range,
      nameRange: source.range(offset + nameStart, offset + valueStart - 1),
      valueRange: source.range(offset + valueStart, offset + end),
    };
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (ch === '=') {
      hasOptions = true;
      if (valueStart === -1) {
        valueStart = i + 1;
      }
    } else if (ch === ',') {
      options.push(option(i));
      nameStart = -1;
      valueStart = -1;
    } else if (nameStart === -1) {
      nameStart = i;
    }
  }
  if (hasOptions && nameStart !== -1) {
    options.push(option(value.length));
  }
  return options;
}
