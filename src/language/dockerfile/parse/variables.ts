import type { DfVariable } from './model';
import { isWhitespace, type Source, type Token } from './source';

/** The `$NAME` and `${NAME…}` uses in the instruction's words, in order (dockerfile-ast 0.7.1's reading). */
export function variablesIn(source: Source, words: readonly Token[]): DfVariable[] {
  const variables: DfVariable[] = [];
  for (const word of words) {
    const start = source.offset(word.range.start);
    const raw = source.text.substring(start, source.offset(word.range.end));
    if (raw.indexOf('$') !== -1) {
      variablesOfWord(source, start, raw, variables);
    }
  }
  return variables;
}

const NAME_CHAR = /^[a-z0-9_]+$/i;

function variablesOfWord(source: Source, offset: number, arg: string, out: DfVariable[]): void {
  const escape = source.escape;
  const push = (name: string, nameStart: number, nameEnd: number, start: number, end: number, modifier: string | null) =>
    out.push({
      name,
      nameRange: source.range(offset + nameStart, offset + nameEnd),
      range: source.range(offset + start, offset + end),
      modifier,
    });
  variableLoop: for (let i = 0; i < arg.length; i++) {
    const ch = arg.charAt(i);
    if (ch === escape) {
      if (arg.charAt(i + 1) === '$') {
        i++;
      }
      continue;
    }
    if (ch !== '$') {
      continue;
    }
    if (arg.charAt(i + 1) === '{') {
      let name = '';
      let nameEnd = -1;
      let modifierRead = -1;
      nameLoop: for (let j = i + 2; j < arg.length; j++) {
        const c = arg.charAt(j);
        if (c === escape) {
          // An escaped line break inside the braces is skipped (up to the next line break in the word).
          const lineBreak = arg.indexOf('\n', j + 1);
          if (lineBreak !== -1) {
            j = lineBreak;
            continue nameLoop;
          }
        } else if (c === '}') {
          let modifier: string | null = null;
          if (nameEnd === -1) {
            nameEnd = j;
          } else if (nameEnd + 1 === j) {
            modifier = '';
          } else {
            modifier = arg.substring(modifierRead, modifierRead + 1);
          }
          push(name, i + 2, nameEnd, i, j + 1, modifier);
          i = j;
          continue variableLoop;
        } else if (c === ':') {
          if (nameEnd === -1) {
            nameEnd = j;
          } else if (modifierRead === -1) {
            modifierRead = j;
          }
        } else if (c === '\n' || c === '\r' || c === ' ' || c === '\t') {
          continue;
        } else if (nameEnd === -1) {
          name += c;
        } else if (modifierRead === -1) {
          modifierRead = j;
        }
      }
      break variableLoop; // no closing brace: not a variable, and nothing after it is read
    }
    if (isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
      continue;
    }
    let name = '';
    for (let j = i + 1; j < arg.length; j++) {
      const c = arg.charAt(j);
      if (c === '\r' || c === '\n' || c === ' ' || c === '\t') {
        continue;
      }
      if (c === '$' || c === "'" || c === '"') {
        push(name, i + 1, j, i, j, null);
        i = j - 1;
        continue variableLoop;
      }
      if (c === escape) {
        const lineBreak = arg.indexOf('\n', j + 1);
        if (lineBreak !== -1) {
          j = lineBreak;
          continue;
        }
        push(name, i + 1, j, i, j, null);
        break variableLoop;
      }
      if (!NAME_CHAR.test(c)) {
        push(name, i + 1, j, i, j, null);
        i = j - 1;
        continue variableLoop;
      }
      name += c;
    }
    push(name, i + 1, arg.length, i, arg.length, null);
    break variableLoop;
  }
}
