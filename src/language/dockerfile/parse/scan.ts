import type { Range } from 'vscode-languageserver-types';
import { heredocOpeners } from './instructionText';
import { isWhitespace, skipBlanks, Source, type Span } from './source';

export interface ScannedDirective {
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range;
}

/** A document cut into its parser directives, comments and instructions (not yet tokenized). */
export interface Scan {
  readonly source: Source;
  readonly directives: readonly ScannedDirective[];
  readonly comments: readonly Range[];
  readonly spans: readonly Span[];
}

const BOM = '\uFEFF';

/**
 * Cuts a Dockerfile into directives, comments and instructions. Where an instruction ends
 * (continuations, comments inside them, heredoc bodies) follows dockerfile-ast 0.7.1 exactly, so
 * the records are what they were when dockerfile-ast parsed them; `parity.test.ts` compares both
 * on every fixture, a generated corpus and fuzzed text.
 */
export function scan(text: string): Scan {
  const source = new Source(text, '\\');
  const directives = scanDirectives(source);
  let offset = 0;
  for (const directive of directives) {
    if (source.content(directive.nameRange).toLowerCase() === 'escape') {
      const value = source.content(directive.valueRange);
      if (value === '\\' || value === '`') {
        source.escape = value;
        break;
      }
    }
  }
  if (directives.length > 0) {
    offset = source.offset({ line: directives.length, character: 0 });
  } else if (text.charAt(0) === BOM) {
    offset = 1;
  }
  const scanner = new Scanner(source);
  for (let i = offset; i < text.length; i++) {
    const ch = text.charAt(i);
    if (isWhitespace(ch)) {
      continue;
    }
    i = ch === '#' ? scanner.comment(i) : scanner.instruction(ch, i);
  }
  return { source, directives, comments: scanner.comments, spans: scanner.spans };
}

function scanDirectives(source: Source): ScannedDirective[] {
  const buffer = source.text;
  const directives: ScannedDirective[] = [];
  const start = buffer.charAt(0) === BOM ? 1 : 0;
  directiveCheck: for (let i = start; i < buffer.length; i++) {
    const ch = buffer.charAt(i);
    if (ch === ' ' || ch === '\t') {
      continue;
    }
    if (ch !== '#') {
      break; // a blank line, or anything else, ends the directives
    }
    let nameStart = -1;
    let nameEnd = -1;
    for (let j = i + 1; j < buffer.length; j++) {
      const c = buffer.charAt(j);
      if (c === ' ' || c === '\t') {
        if (nameStart !== -1 && nameEnd === -1) {
          nameEnd = j;
        }
      } else if (c === '\r' || c === '\n') {
        break directiveCheck;
      } else if (c === '=') {
        let valueStart = -1;
        let valueEnd = -1;
        if (nameEnd === -1) {
          nameEnd = j;
        }
        let lineEnd = buffer.length;
        for (let k = j + 1; k < buffer.length; k++) {
          const v = buffer.charAt(k);
          if (v === '\r' || v === '\n') {
            if (valueStart !== -1 && valueEnd === -1) {
              valueEnd = k;
            }
            lineEnd = k;
            break;
          } else if (v === ' ' || v === '\t') {
            if (valueStart !== -1 && valueEnd === -1) {
              valueEnd = k;
            }
          } else if (valueStart === -1) {
            valueStart = k;
          }
        }
        if (nameStart === -1) {
          break directiveCheck; // `# =x`: a comment
        }
        if (valueStart === -1) {
          valueStart = j + 1;
          valueEnd = lineEnd;
        } else if (valueEnd === -1) {
          valueEnd = buffer.length;
        }
        directives.push({
          range: source.range(i, lineEnd),
          nameRange: source.range(nameStart, nameEnd),
          valueRange: source.range(valueStart, valueEnd),
        });
        i = buffer.charAt(valueEnd) === '\r' ? valueEnd + 1 : valueEnd;
        continue directiveCheck;
      } else if (nameStart === -1) {
        nameStart = j;
      }
    }
    break;
  }
  return directives;
}

class Scanner {
  readonly comments: Range[] = [];
  readonly spans: Span[] = [];
  private readonly buffer: string;
  private readonly escape: string;

  constructor(private readonly source: Source) {
    this.buffer = source.text;
    this.escape = source.escape;
  }

  comment(start: number): number {
    let end = this.buffer.length;
    for (let i = start + 1; i < this.buffer.length; i++) {
      const ch = this.buffer.charAt(i);
      if (ch === '\r' || ch === '\n') {
        end = i;
        break;
      }
    }
    this.comments.push(this.source.range(start, end));
    return end;
  }

  /** Reads the keyword that starts at `start`, then its arguments; returns where the instruction ends. */
  instruction(first: string, start: number): number {
    const buffer = this.buffer;
    const escape = this.escape;
    let keyword = first;
    let keywordEnd = -1;
    let escaped = false;
    keywordCheck: for (let i = start + 1; i < buffer.length; i++) {
      let ch = buffer.charAt(i);
      if (ch === escape) {
        escaped = true;
        ch = buffer.charAt(i + 1);
        if (ch === '\r' || ch === '\n') {
          if (keywordEnd === -1) {
            keywordEnd = i;
          }
          i++;
        } else if (ch === ' ' || ch === '\t') {
          const j = skipBlanks(buffer, i + 2);
          const c = buffer.charAt(j);
          if (c === '\r' || c === '\n') {
            i = j;
            continue keywordCheck;
          }
          keywordEnd = i + 1;
          keyword += escape;
          if (c === '') {
            break keywordCheck;
          }
          i = j - 2;
        } else {
          keywordEnd = i + 1;
          keyword += escape;
          escaped = false;
        }
      } else if (ch === ' ' || ch === '\t') {
        if (escaped) {
          // After an escaped line break, blanks may lead to the rest of the keyword on this line.
          let lineEnds = false;
          for (let j = i + 1; j < buffer.length; j++) {
            const c = buffer.charAt(j);
            if (c === ' ' || c === '\t') {
              continue;
            }
            if (c === '\r' || c === '\n') {
              i = j;
              lineEnds = true;
            }
            break;
          }
          if (lineEnds) {
            continue keywordCheck;
          }
          escaped = false;
        }
        if (keywordEnd === -1) {
          keywordEnd = i;
        }
        const end = this.arguments(keyword, start, keywordEnd, i);
        this.spans.push(this.span(keyword, start, keywordEnd, end));
        return end;
      } else if (ch === '\r' || ch === '\n') {
        if (escaped) {
          continue;
        }
        if (keywordEnd === -1) {
          keywordEnd = i;
        }
        this.spans.push(this.span(keyword, start, i, i));
        return i;
      } else if (ch === '#' && escaped) {
        continue;
      } else {
        keywordEnd = i + 1;
        keyword += ch;
        escaped = false;
      }
    }
    if (keywordEnd === -1) {
      keywordEnd = buffer.length;
    }
    this.spans.push(this.span(keyword, start, keywordEnd, buffer.length));
    return buffer.length;
  }

  private span(keyword: string, start: number, keywordEnd: number, end: number): Span {
    const startPosition = this.source.position(start);
    return {
      keyword,
      keywordRange: { start: startPosition, end: this.source.position(keywordEnd) },
      range: { start: startPosition, end: this.source.position(end) },
    };
  }

  private arguments(keyword: string, start: number, keywordEnd: number, offset: number): number {
    const buffer = this.buffer;
    let escaped = false;
    for (let i = offset + 1; i < buffer.length; i++) {
      const ch = buffer.charAt(i);
      if (ch === '\r' || ch === '\n') {
        if (escaped) {
          continue;
        }
        return this.heredocs(this.span(keyword, start, keywordEnd, i), i);
      } else if (ch === this.escape) {
        const next = buffer.charAt(i + 1);
        if (next === '\n' || next === '\r') {
          escaped = true;
          i++;
        } else if (next === ' ' || next === '\t') {
          const j = skipBlanks(buffer, i + 2);
          if (j === buffer.length) {
            return buffer.length;
          }
          const c = buffer.charAt(j);
          if (c === '\r' || c === '\n') {
            escaped = true;
          }
          i = j;
        }
      } else if (ch === '#') {
        if (escaped) {
          i = this.comment(i);
        }
      } else if (ch !== ' ' && ch !== '\t') {
        escaped = false;
      }
    }
    return buffer.length;
  }

  /** Skips the bodies of the heredocs the instruction's first line opens. */
  private heredocs(span: Span, offset: number): number {
    // A heredoc opener needs a `<` (written, or escaped as `<\<`): most instructions have none.
    const from = this.source.offset(span.keywordRange.end);
    if (this.buffer.indexOf('<', from) === -1 || this.buffer.indexOf('<', from) >= offset) {
      return offset;
    }
    const openers = heredocOpeners(this.source, span);
    for (const opener of openers.names) {
      offset = this.heredocBody(opener, offset, openers.tabbed);
    }
    return offset;
  }

  private heredocBody(name: string, offset: number, tabbed: boolean): number {
    const buffer = this.buffer;
    let startWord = -1;
    let lineStart = true;
    for (let i = offset; i < buffer.length; i++) {
      const ch = buffer.charAt(i);
      if (ch === ' ') {
        lineStart = false;
      } else if (ch === '\t') {
        if (!tabbed) {
          lineStart = false;
        }
      } else if (ch === '\r' || ch === '\n') {
        if (startWord !== -1 && name === buffer.substring(startWord, i)) {
          return i;
        }
        startWord = -1;
        lineStart = true;
      } else if (lineStart) {
        startWord = i;
        lineStart = false;
      }
    }
    return buffer.length;
  }
}
