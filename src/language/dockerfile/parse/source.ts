import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';

/**
 * The text being parsed, with the position arithmetic every tokenizer in this folder shares.
 * Positions follow LSP's TextDocument (a lone `\r` ends a line too), which is what the records'
 * ranges have always been in; tokenizers work in offsets and convert only what they keep.
 */
export class Source {
  readonly doc: TextDocument;

  constructor(
    readonly text: string,
    /** The escape character: `\` or, after `# escape=\``, a backtick. */
    public escape: string,
  ) {
    this.doc = TextDocument.create('', '', 0, text);
  }

  position(offset: number): Range['start'] {
    return this.doc.positionAt(offset);
  }

  offset(position: Range['start']): number {
    return this.doc.offsetAt(position);
  }

  range(start: number, end: number): Range {
    return { start: this.doc.positionAt(start), end: this.doc.positionAt(end) };
  }

  content(range: Range): string {
    return this.text.substring(this.doc.offsetAt(range.start), this.doc.offsetAt(range.end));
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
