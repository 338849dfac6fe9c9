import type { Range } from 'vscode-languageserver-types';

/**
 * The text being parsed, with the position arithmetic every tokenizer in this folder shares.
 * Positions are LSP's TextDocument positions (`\r\n`, `\n` and a lone `\r` each end a line),
 * which is what the records' ranges have always been in. Tokenizers mostly ask for positions in
 * text order, so a look-up starts at the line of the previous one.
 */
export class Source {
  private readonly lineStarts: number[] = [0];
  private lastLine = 0;

  constructor(
    readonly text: string,
    /** The escape character: `\` or, after `# escape=\``, a backtick. */
    public escape: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 || ch === 10) {
        if (ch === 13 && text.charCodeAt(i + 1) === 10) {
          i++;
        }
        this.lineStarts.push(i + 1);
      }
    }
  }

  position(offset: number): Range['start'] {
    const starts = this.lineStarts;
    const at = Math.max(Math.min(offset, this.text.length), 0);
    let line = this.lastLine;
    if (!(starts[line] <= at && (line + 1 === starts.length || at < starts[line + 1]))) {
      if (line + 1 < starts.length && starts[line + 1] <= at && (line + 2 === starts.length || at < starts[line + 2])) {
        line++;
      } else {
        let low = 0;
        let high = starts.length;
        while (low < high) {
          const mid = (low + high) >> 1;
          if (starts[mid] > at) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        line = low - 1;
      }
      this.lastLine = line;
    }
    return { line, character: this.beforeLineEnd(at, starts[line]) - starts[line] };
  }

  offset(position: Range['start']): number {
    const starts = this.lineStarts;
    if (position.line >= starts.length) {
      return this.text.length;
    }
    if (position.line < 0) {
      return 0;
    }
    const lineStart = starts[position.line];
    if (position.character <= 0) {
      return lineStart;
    }
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeLineEnd(Math.min(lineStart + position.character, next), lineStart);
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  content(range: Range): string {
    return this.text.substring(this.offset(range.start), this.offset(range.end));
  }

  /** An offset inside a line's end (between `\r` and `\n`, or past them) means the end of that line. */
  private beforeLineEnd(offset: number, lineStart: number): number {
    while (offset > lineStart) {
      const ch = this.text.charCodeAt(offset - 1);
      if (ch !== 13 && ch !== 10) {
        break;
      }
      offset--;
    }
    return offset;
  }
}

/** A word of an instruction as the tokenizer reads it: escapes resolved, quotes kept. */
export interface Token {
  readonly value: string;
  readonly range: Range;
}

/** Where an instruction is: its keyword (as written) and its whole extent. */
export interface Span {
  readonly keyword: string;
  readonly keywordRange: Range;
  readonly range: Range;
}

/**
 * The index of the first character at or after `from` that is not a space or a tab (the text's
 * length when there is none): what follows an escape character, a line break or something escaped.
 */
export function skipBlanks(text: string, from: number): number {
  let at = from;
  while (at < text.length && (text.charAt(at) === ' ' || text.charAt(at) === '\t')) {
    at++;
  }
  return at;
}

export function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

export function isNewline(ch: string): boolean {
  return ch === '\r' || ch === '\n';
}

/** The index of the first character that is neither blank nor an escaped line break; -1 if none. */
export function leadingNonWhitespace(content: string, escape: string): number {
  whitespace: for (let i = 0; i < content.length; i++) {
    const ch = content.charAt(i);
    if (ch === ' ' || ch === '\t') {
      continue;
    }
    if (ch !== escape) {
      return i;
    }
    for (let j = i + 1; j < content.length; j++) {
      const next = content.charAt(j);
      if (next === ' ' || next === '\t') {
        continue;
      }
      if (next === '\r') {
        i = j + 1;
        continue whitespace;
      }
      if (next === '\n') {
        i = j;
        continue whitespace;
      }
      return -1; // an escaped character, not a line break: dockerfile-ast answers "none" here too
    }
    return -1;
  }
  return -1;
}

/** The name a heredoc opener (`<<EOF`, `<<-"EOF"`) declares, or null when the word is not one. */
export function heredocName(word: string): string | null {
  let value = word.substring(2);
  if (value.charAt(0) === '-') {
    value = value.substring(1);
  }
  if (value.charAt(0) === '"') {
    if (value.charAt(value.length - 1) !== '"') {
      return null;
    }
    value = value.substring(1, value.length - 1);
  }
  if (value.charAt(0) === "'") {
    if (value.charAt(value.length - 1) !== "'") {
      return null;
    }
    value = value.substring(1, value.length - 1);
  }
  return value.charAt(0) === '<' ? null : value;
}
