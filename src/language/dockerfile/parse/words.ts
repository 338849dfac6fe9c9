import { isNewline, isWhitespace, skipBlanks, type Source, type Span, type Token } from './source';

/**
 * The words of an instruction after its keyword: escapes resolved (`\$` kept, so variables stay
 * recognisable), quotes kept, continuation lines and the comment lines inside them skipped. A word
 * broken by a continuation ends where the escape character stood. The rules (ranges included)
 * are dockerfile-ast 0.7.1's `getRawArguments`, which the records have always been made from.
 */
export function words(source: Source, span: Span): Token[] {
  const escape = source.escape;
  const args: Token[] = [];
  const start = source.offset(span.keywordRange.start);
  const extra = source.offset(span.keywordRange.end) - start;
  const full = source.content(span.range).substring(extra);
  const offset = start + extra;
  const push = (value: string, from: number, to: number) => args.push({ value, range: source.range(offset + from, offset + to) });
  let lineStart = false;
  let comment = false;
  let found = -1;
  // Blank characters seen after an escaped line break, and whether we are in such a break.
  let escapedWhitespace = false;
  let escaping = false;
  let escapeMarker = -1;
  let word = '';
  // Plain characters are taken as one slice of the text when the word is needed, not one by one.
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart !== -1) {
      word += full.substring(runStart, runEnd);
      runStart = -1;
    }
  };
  for (let i = 0; i < full.length; i++) {
    const ch = full.charAt(i);
    if (isWhitespace(ch)) {
      if (escaping) {
        escapedWhitespace = true;
        if (isNewline(ch)) {
          escapedWhitespace = false;
          if (comment) {
            comment = false;
            lineStart = true;
          }
        }
        continue;
      } else if (found !== -1) {
        flush();
        push(word, found, escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        word = '';
        found = -1;
      }
    } else if (ch === escape) {
      const next = full.charAt(i + 1);
      if (next === ' ' || next === '\t') {
        const j = skipBlanks(full, i + 2);
        const c = full.charAt(j);
        if (c === '\r' || c === '\n') {
          comment = false;
          escaping = true;
          lineStart = true;
          if (found !== -1) {
            escapeMarker = i;
          }
          i = c === '\r' ? j + 1 : j;
        } else if (c !== '') {
          escapeMarker = i;
          if (found === -1) {
            i = j - 1;
          }
        }
      } else if (next === '\r' || next === '\n') {
        comment = false;
        escaping = true;
        lineStart = true;
        if (found !== -1 && escapeMarker === -1) {
          escapeMarker = i;
        }
        i += next === '\r' ? 2 : 1;
      } else {
        flush();
        if (escapedWhitespace && escapeMarker !== -1) {
          push(word, found, escapeMarker);
          word = '';
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespace = false;
        escaping = false;
        if (next === '$') {
          word += ch + next;
        } else if (next === '') {
          break;
        } else {
          word += next;
        }
        if (found === -1) {
          found = i;
        }
        i++;
      }
    } else if (!comment) {
      if (lineStart && ch === '#') {
        comment = true;
      } else {
        if (escapedWhitespace && escapeMarker !== -1) {
          flush();
          push(word, found, escapeMarker);
          word = '';
          found = -1;
        }
        escapedWhitespace = false;
        escaping = false;
        escapeMarker = -1;
        if (runStart !== -1 && runEnd === i) {
          runEnd = i + 1;
        } else {
          flush();
          runStart = i;
          runEnd = i + 1;
        }
        if (found === -1) {
          found = i;
        }
      }
      lineStart = false;
    }
  }
  flush();
  if (found !== -1) {
    push(word, found, escapeMarker === -1 ? full.length : escapeMarker);
  }
  return args;
}
