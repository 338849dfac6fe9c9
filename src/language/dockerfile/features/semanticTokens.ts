import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { DfDocument } from '../parse/model';

export const dockerfileSemanticTokensLegend: SemanticTokensLegend = {
  tokenTypes: ['keyword', 'parameter', 'variable', 'string', 'comment', 'class', 'macro', 'property'],
  tokenModifiers: ['declaration'],
};

const enum T {
  Keyword,
  Flag,
  Variable,
  String,
  Comment,
  Stage,
  Directive,
  Property,
}

/**
 * Keywords, flags, variables, quoted arguments, comments, stage names and directives. One pass
 * over the instructions plus one sort of the collected tokens: linear in the file's size up to the
 * sort's log factor. Tokens spanning lines are left out (LSP tokens are single-line).
 */
export function semanticTokens(doc: DfDocument): SemanticTokens {
  const tokens: [number, number, number, number, number][] = [];
  const add = (range: Range, type: T, modifiers = 0): void => {
    if (range.start.line === range.end.line && range.end.character > range.start.character) {
      tokens.push([range.start.line, range.start.character, range.end.character - range.start.character, type, modifiers]);
    }
  };
  for (const d of doc.directives) {
    add(d.range, T.Directive);
  }
  for (const c of doc.comments) {
    add(c.range, T.Comment);
  }
  for (const ins of doc.instructions) {
    for (const item of ins.trigger ? [ins, ins.trigger] : [ins]) {
      add(item.keywordRange, T.Keyword);
      for (const flag of item.flags) {
        add(flag.nameRange, T.Flag);
      }
      for (const p of item.keyword === 'ARG' || item.keyword === 'ENV' ? item.properties : []) {
        add(p.nameRange, T.Property, 1);
      }
      for (const arg of item.args) {
        if (/^["'].*["']$/.test(arg.value) && !arg.value.includes('$')) {
          add(arg.range, T.String);
        }
      }
      for (const v of item.variables) {
        add(v.range, T.Variable);
      }
      if (item.from?.stage) {
        add(item.from.stage.range, T.Stage, 1);
      }
    }
  }
  tokens.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const data: number[] = [];
  let line = 0;
  let character = 0;
  let lastEnd = -1;
  let lastLine = -1;
  for (const [l, c, length, type, modifiers] of tokens) {
    if (l === lastLine && c < lastEnd) {
      continue; // overlapping (a variable inside a quoted string): keep the first
    }
    data.push(l - line, l === line ? c - character : c, length, type, modifiers);
    line = l;
    character = c;
    lastLine = l;
    lastEnd = c + length;
  }
  return { data };
}
