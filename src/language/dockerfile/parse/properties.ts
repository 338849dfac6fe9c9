import type { Range } from 'vscode-languageserver-types';
import { isWhitespace, leadingNonWhitespace, skipBlanks, type Source, type Span, type Token } from './source';

export interface RawProperty {
  readonly name: string;
  readonly nameRange: Range;
  readonly value: string | null;
  readonly valueRange: Range | null;
  readonly hasEquals: boolean;
}

/*
 * The `key=value` pairs of ENV, LABEL and ARG (and the legacy `ENV key value`), read as
 * dockerfile-ast 0.7.1 reads them: its own word splitting (quotes and `${…}` keep spaces inside
 * one word), then each word cut at its first `=`, and the value unescaped.
 */

/** ENV and LABEL: every pair. */
export function propertiesOf(source: Source, span: Span): RawProperty[] {
  const args = propertyWords(source, span);
  if (args.length === 0) {
    return [];
  }
  if (args.length === 1) {
    return [property(source, args[0])];
  }
  if (args.length === 2) {
    return args[0].value.indexOf('=') === -1
      ? [property(source, args[0], args[1])]
      : [property(source, args[0]), property(source, args[1])];
  }
  if (args[0].value.indexOf('=') === -1) {
    // Legacy `ENV key a b c`: the value is everything after the key.
    const range = { start: args[1].range.start, end: args[args.length - 1].range.end };
    return [property(source, args[0], { value: source.content(range), range })];
  }
  return args.map(arg => property(source, arg));
}

/** ARG declares one variable; with more words it declares none. */
export function argPropertyOf(source: Source, span: Span): RawProperty[] {
  const args = propertyWords(source, span);
  return args.length === 1 ? [property(source, args[0])] : [];
}

/** LABEL values in single quotes are literal: the variables inside them are not uses. */
export function isSingleQuotedLiteral(source: Source, valueRange: Range | null): boolean {
  const value = valueRange === null ? null : unescapedValue(source, valueRange);
  return value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'";
}

function property(source: Source, arg: Token, valueArg?: Token): RawProperty {
  const nameRange = propertyNameRange(source, arg);
  const name = propertyValue(source.content(nameRange), source.escape);
  if (valueArg) {
    return {
      name,
      nameRange,
      value: propertyValue(source.content(valueArg.range), source.escape),
      valueRange: valueArg.range,
      hasEquals: false,
    };
  }
  const argRange = arg.range;
  if (
    nameRange.start.line === argRange.start.line &&
    nameRange.start.character === argRange.start.character &&
    nameRange.end.line === argRange.end.line &&
    nameRange.end.character === argRange.end.character
  ) {
    return { name, nameRange, value: null, valueRange: null, hasEquals: false };
  }
  const start = source.offset(arg.range.start);
  const valueRange = source.range(start + arg.value.indexOf('=') + 1, source.offset(arg.range.end));
  return { name, nameRange, value: propertyValue(source.content(valueRange), source.escape), valueRange, hasEquals: true };
}

function propertyNameRange(source: Source, arg: Token): Range {
  const value = arg.value;
  const index = value.indexOf('=');
  if (index !== -1) {
    const initial = value.charAt(0);
    const before = value.charAt(index - 1);
    if ((initial === '"' && before === '"') || (initial === "'" && before === "'") || (initial !== '"' && initial !== "'")) {
      return { start: arg.range.start, end: source.position(source.offset(arg.range.start) + index) };
    }
  }
  return arg.range;
}

function trailingNonWhitespace(content: string, escape: string): number {
  for (let i = content.length - 1; i >= 0; i--) {
    const ch = content.charAt(i);
    if (ch === ' ' || ch === '\t') {
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      if (ch === '\n' && content.charAt(i - 1) === '\r') {
        i = i - 1;
      }
      for (let j = i - 1; j >= 0; j--) {
        const c = content.charAt(j);
        if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n' && c !== escape) {
          return j;
        }
      }
      return content.length;
    }
    return i;
  }
  return content.length;
}

function propertyWords(source: Source, span: Span): Token[] {
  const escape = source.escape;
  const args: Token[] = [];
  const keywordEnd = source.offset(span.keywordRange.end);
  const extra = keywordEnd - source.offset(span.keywordRange.start);
  const full = source.content(span.range).substring(extra);
  const start = leadingNonWhitespace(full, escape);
  if (start === -1) {
    return [];
  }
  const base = keywordEnd + start;
  const push = (value: string, from: number, to: number) => args.push({ value, range: source.range(base + from, base + to) });
  let escaped = span.keywordRange.start.line !== source.position(base).line;
  let endingEscape = false;
  let mark = -1;
  const content = full.substring(start, trailingNonWhitespace(full, escape) + 1);
  let argStart = escaped ? -1 : 0;
  let spaced = false;
  const spacedArgument = () => {
    if (argStart !== -1) {
      push(content.substring(argStart, mark), argStart, mark);
    }
  };
  argumentLoop: for (let i = 0; i < content.length; i++) {
    const ch = content.charAt(i);
    if (ch === escape) {
      if (i + 1 === content.length) {
        endingEscape = true;
        break;
      }
      if (!escaped) {
        mark = i;
      }
      const next = content.charAt(i + 1);
      if (next === ' ' || next === '\t') {
        if (!isWhitespace(content.charAt(i + 2))) {
          i = i + 1;
          continue;
        }
        const j = skipBlanks(content, i + 2);
        const c = content.charAt(j);
        if (c === '\r' || c === '\n') {
          escaped = true;
          i = c === '\r' ? j + 1 : j;
          continue;
        }
        if (c !== '') {
          push(content.substring(argStart, i), argStart, i + 2);
          argStart = j;
        }
        i = argStart - 1;
      } else if (next === '\r' || next === '\n') {
        escaped = true;
        i = next === '\r' ? i + 2 : i + 1;
      } else {
        if (argStart === -1) {
          argStart = i;
        }
        if (next === escape) {
          i = i + 1;
        }
      }
    } else if (ch === "'" || ch === '"') {
      if (spaced) {
        spacedArgument();
        argStart = i;
        spaced = false;
      }
      if (argStart === -1) {
        argStart = i;
      }
      for (let j = i + 1; j < content.length; j++) {
        const c = content.charAt(j);
        if (c === ch) {
          if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
            i = j;
            continue argumentLoop;
          }
          push(content.substring(argStart, j + 1), argStart, j + 1);
          i = j;
          argStart = -1;
          continue argumentLoop;
        } else if (c === escape) {
          j++;
        }
      }
      break;
    } else if (ch === ' ' || ch === '\t') {
      if (escaped) {
        if (argStart !== -1) {
          spaced = true;
        }
      } else if (argStart !== -1) {
        push(content.substring(argStart, i), argStart, i);
        argStart = -1;
      }
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r') {
        i++;
      }
      spaced = false;
    } else if (ch === '#' && escaped) {
      // A comment line inside the continuation: skipped, or, on the last line, the end.
      for (let j = i + 1; j < content.length; j++) {
        const c = content.charAt(j);
        if (c === '\r' || c === '\n') {
          i = c === '\r' ? j + 1 : j;
          spaced = false;
          continue argumentLoop;
        }
      }
      if (argStart !== -1) {
        push(content.substring(argStart, mark), argStart, mark);
        argStart = -1;
      }
      break;
    } else if (ch === '#') {
      if (argStart === -1) {
        argStart = i;
      }
    } else {
      if (spaced) {
        spacedArgument();
        argStart = i;
        spaced = false;
      }
      escaped = false;
      if (argStart === -1) {
        argStart = i;
      }
      if (ch === '$' && content.charAt(i + 1) === '{') {
        // `${…}` is one word, spaces inside included, unless a blank outside quotes ends it first.
        let singleQuotes = false;
        let doubleQuotes = false;
        let escapedInside = false;
        for (let j = i + 1; j < content.length; j++) {
          const c = content.charAt(j);
          if (c === escape) {
            escapedInside = true;
          } else if (c === '\r' || c === '\n') {
            continue;
          } else if (c === "'") {
            singleQuotes = !singleQuotes;
            escapedInside = false;
          } else if (c === '"') {
            doubleQuotes = !doubleQuotes;
            escapedInside = false;
          } else if (c === ' ' || c === '\t') {
            if (escapedInside || singleQuotes || doubleQuotes) {
              continue;
            }
            i = j - 1;
            continue argumentLoop;
          } else if (c === '}') {
            i = j;
            continue argumentLoop;
          } else {
            escapedInside = false;
          }
        }
        break;
      }
    }
  }
  if (argStart !== -1 && argStart !== content.length) {
    const end = endingEscape ? content.length - 1 : content.length;
    push(content.substring(argStart, end), argStart, end);
  }
  return args;
}

/** A property's name or value as written, quotes and escapes resolved. */
function propertyValue(raw: string, escape: string): string {
  let escaped = false;
  const skip = leadingNonWhitespace(raw, escape);
  if (skip !== 0 && raw.charAt(skip) === '#') {
    escaped = true;
  }
  let value = raw.substring(skip);
  const first = value.charAt(0);
  const last = value.charAt(value.length - 1);
  const literal = first === "'" || first === '"';
  const inSingle = first === "'" && last === "'";
  let inDouble = false;
  if (first === '"') {
    for (let i = 1; i < value.length; i++) {
      if (value.charAt(i) === escape) {
        i++;
      } else if (value.charAt(i) === '"' && i === value.length - 1) {
        inDouble = true;
      }
    }
  }
  if (inSingle || inDouble) {
    value = value.substring(1, value.length - 1);
  }
  // Most values hold no escape character and no line break: the loop below would copy them
  // character by character unchanged (a `#` only starts a comment after an escaped line break).
  if (!escaped && isPlain(value, escape)) {
    return value;
  }
  let commentCheck = -1;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (ch === escape) {
      if (i + 1 === value.length) {
        out += escape;
        break;
      }
      const next = value.charAt(i + 1);
      if (next === ' ' || next === '\t') {
        const j = skipBlanks(value, i + 2);
        const c = value.charAt(j);
        if (c === '\r' || c === '\n') {
          escaped = true;
          i = c === '\r' ? j + 1 : j;
          continue;
        }
        if (c !== '' && !inDouble && !inSingle && !literal) {
          if (c === escape) {
            out += next;
            i = i + 1;
          } else {
            out += next + c;
            i = j;
          }
          continue;
        }
      }
      if (next === '\r' || next === '\n') {
        // An escaped line break, in quotes or not (a lone CR skips the character after it too).
        escaped = true;
        i += next === '\r' ? 2 : 1;
      } else if (inDouble) {
        if (next !== '"') {
          if (next === escape) {
            i++;
          }
          out += escape;
        }
      } else if (inSingle || literal) {
        out += escape;
      } else if (next === escape) {
        out += escape;
        i++;
      } else {
        out += next;
        i++;
      }
    } else if (ch === ' ' || ch === '\t') {
      if (escaped && commentCheck === -1) {
        commentCheck = i;
      }
      out += ch;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r') {
        i++;
      }
      if (escaped && commentCheck !== -1) {
        out = out.substring(0, out.length - (i - commentCheck - 1));
        commentCheck = -1;
      }
    } else if (ch === '#' && escaped) {
      if (commentCheck !== -1) {
        out = out.substring(0, out.length - (i - commentCheck));
        commentCheck = -1;
      }
      for (let j = i + 1; j < value.length; j++) {
        const c = value.charAt(j);
        if (c === '\r' || c === '\n') {
          i = c === '\r' ? j + 1 : j;
          break;
        }
      }
    } else {
      if (escaped) {
        escaped = false;
        commentCheck = -1;
      }
      out += ch;
    }
  }
  return out;
}

/** Whether `value` has neither the escape character nor a line break. */
function isPlain(value: string, escape: string): boolean {
  return value.indexOf(escape) === -1 && value.indexOf('\n') === -1 && value.indexOf('\r') === -1;
}

function unescapedValue(source: Source, valueRange: Range): string {
  const escape = source.escape;
  let escaped = false;
  let raw = '';
  const value = source.content(valueRange);
  if (isPlain(value, escape)) {
    return value;
  }
  rawLoop: for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (ch === escape) {
      const j = skipBlanks(value, i + 1);
      const c = value.charAt(j);
      if (c === '\r' || c === '\n') {
        escaped = true;
        i = c === '\r' ? j + 1 : j;
        continue;
      }
      raw += ch;
    } else if (ch === '\r' || ch === '\n') {
      continue;
    } else if (ch === ' ' || ch === '\t') {
      if (!escaped) {
        raw += ch;
      }
    } else if (ch === '#') {
      if (escaped) {
        for (let j = i + 1; j < value.length; j++) {
          const c = value.charAt(j);
          if (c === '\r' || c === '\n') {
            i = c === '\r' ? j + 1 : j;
            continue rawLoop;
          }
        }
      } else {
        raw += ch;
      }
    } else {
      raw += ch;
      escaped = false;
    }
  }
  return raw;
}
