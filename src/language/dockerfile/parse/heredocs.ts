import type { Range } from 'vscode-languageserver-types';
import { heredocName, skipBlanks, type Source, type Token } from './source';

export interface RawHeredoc {
  readonly name: string;
  readonly startRange: Range;
  /** Null when the closing delimiter line is missing. */
  readonly endRange: Range | null;
}

/**
 * The heredocs an instruction opens (`<<EOF`, `<<-EOF`, quoted names) and where each one's
 * delimiter line is, read as dockerfile-ast 0.7.1's `getHeredocs` reads them.
 */
export function heredocsOf(source: Source, args: readonly Token[], range: Range): RawHeredoc[] {
  if (args.length === 0) {
    return [];
  }
  if (range.start.line === range.end.line) {
    return unclosed(source, args);
  }
  if (!args.some(arg => arg.value.startsWith('<<'))) {
    // No opener: an instruction only spans lines through continuations, and has no heredoc.
    return [];
  }
  const escape = source.escape;
  const openers: Token[] = [];
  const heredocs: RawHeredoc[] = [];
  let openersRead = false;
  let escaping = false;
  let lineStart = -1;
  let current = 0;
  const startOffset = source.offset(args[0].range.start);
  const content = source.text.substring(startOffset, source.offset(range.end));
  const close = (opener: Token, candidate: Range): RawHeredoc => {
    const name = nameOf(source, opener.range);
    return { name, startRange: opener.range, endRange: delimiterRange(source, opener, name, candidate) };
  };
  for (let i = 0; i < content.length; i++) {
    const ch = content.charAt(i);
    if (ch === escape) {
      escaping = true;
      const j = skipBlanks(content, i + 1);
      if (j < content.length) {
        i = content.charAt(j) === '\r' ? j + 1 : j;
      }
      continue;
    }
    if (ch === '\r') {
      continue;
    }
    if (ch === '\n') {
      if (escaping) {
        continue;
      }
      // Every line after the first may close the current heredoc, while one is open. (dockerfile-ast
      // throws here when none is: an opener only on a continuation line, or more lines than openers.)
      if (openersRead && current < openers.length) {
        const heredoc = close(openers[current], source.range(startOffset + lineStart, startOffset + i));
        if (heredoc.endRange !== null) {
          heredocs.push(heredoc);
          current++;
        }
        lineStart = -1;
        continue;
      }
      // The first unescaped line break ends the instruction's own line: its `<<` words open heredocs.
      const limit = startOffset + i;
      for (const arg of args) {
        if (source.offset(arg.range.start) >= limit) {
          break;
        }
        if (arg.value.startsWith('<<')) {
          openers.push(arg);
        }
      }
      openersRead = true;
      lineStart = -1;
      continue;
    }
    if ((ch === ' ' || ch === '\t') && escaping) {
      continue;
    }
    if ((ch === ' ' || ch === '\t' || ch === '#') && escaping) {
      const lineBreak = content.indexOf('\n', i + 1);
      if (lineBreak !== -1) {
        i = lineBreak;
        continue;
      }
    }
    escaping = false;
    if (openersRead && lineStart === -1) {
      lineStart = i;
    }
  }
  if (!openersRead) {
    return unclosed(source, args);
  }
  if (current < openers.length) {
    heredocs.push(close(openers[current], source.range(startOffset + lineStart, source.offset(range.end))));
  }
  for (let i = current + 1; i < openers.length; i++) {
    heredocs.push({ name: nameOf(source, openers[i].range), startRange: openers[i].range, endRange: null });
  }
  return heredocs;
}

/** Heredocs of an instruction on one line: opened, never closed. */
function unclosed(source: Source, args: readonly Token[]): RawHeredoc[] {
  const heredocs: RawHeredoc[] = [];
  for (const arg of args) {
    if (arg.value.startsWith('<<') && heredocName(arg.value) !== null) {
      heredocs.push({ name: nameOf(source, arg.range), startRange: arg.range, endRange: null });
    }
  }
  return heredocs;
}

function nameOf(source: Source, openerRange: Range): string {
  const content = source.content(nameRangeOf(source, openerRange));
  const escape = source.escape;
  let escaping = false;
  let name = '';
  for (let i = 0; i < content.length; i++) {
    const ch = content.charAt(i);
    if (ch === escape) {
      escaping = true;
      const j = skipBlanks(content, i + 1);
      const c = content.charAt(j);
      if (c === '\r') {
        i = j + 1;
      } else if (c === '\n') {
        i = j;
      } else if (c !== '') {
        name += c;
        i = j;
      }
      continue;
    }
    if (ch === '#' && escaping) {
      const lineBreak = content.indexOf('\n', i + 1);
      if (lineBreak !== -1) {
        i = lineBreak;
        continue;
      }
    }
    if ((ch === '#' || ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') && escaping) {
      continue;
    }
    name += ch;
  }
  return name;
}

function nameRangeOf(source: Source, startRange: Range): Range {
  const content = source.content(startRange);
  const escape = source.escape;
  let endFound = false;
  let searchHyphen = false;
  let start = -1;
  let end = -1;
  let escaping = false;
  let quote: string | null = null;
  contentLoop: for (let i = 0; i < content.length; i++) {
    const ch = content.charAt(i);
    if (ch === '"' || ch === "'") {
      if (quote === ch) {
        break;
      }
      quote = ch;
      continue;
    }
    if (ch === escape) {
      if (content.indexOf('\n', i + 1) !== -1) {
        escaping = true;
      }
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
      continue;
    }
    if (ch === '<') {
      if (endFound) {
        searchHyphen = true;
      } else {
        endFound = true;
      }
      continue;
    }
    if (ch === '-' && searchHyphen) {
      searchHyphen = false;
      continue;
    }
    if ((ch === '-' || ch === '#') && escaping) {
      const lineBreak = content.indexOf('\n', i + 1);
      if (lineBreak !== -1) {
        i = lineBreak;
        continue contentLoop;
      }
    }
    if (start === -1) {
      start = i;
    }
    if (quote !== null) {
      end = i + 1;
      continue;
    }
    break;
  }
  if (start === -1) {
    return { start: startRange.end, end: startRange.end };
  }
  const base = source.offset(startRange.start);
  return { start: source.position(base + start), end: quote !== null ? source.position(base + end) : startRange.end };
}

function delimiterRange(source: Source, opener: Token, name: string, candidate: Range): Range | null {
  const text = source.content(candidate);
  if (opener.value.startsWith('<<-')) {
    let index = 0;
    while (text.charAt(index) === '\t') {
      index++;
    }
    // The character is the tab count, not counted from the candidate's start: dockerfile-ast's arithmetic.
    return text.substring(index) === name ? { start: { line: candidate.start.line, character: index }, end: candidate.end } : null;
  }
  return text === name ? candidate : null;
}
