import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import type { DfDocument } from '../parse/model';

/**
 * Upper-cases instruction keywords and indents continuation lines by one unit. Arguments are never
 * touched: only the keyword and leading whitespace of continuation lines change. Heredoc bodies
 * keep their indentation (`<<-` strips tabs, so whitespace there is content).
 */
export function format(doc: DfDocument, options: FormattingOptions): TextEdit[] {
  const edits: TextEdit[] = [];
  const indent = options.insertSpaces ? ' '.repeat(options.tabSize) : '\t';
  for (const ins of doc.instructions) {
    // An instruction whose keyword a line continuation splits (`RU\` + `N`) is left as written:
    // indenting the second line would change what the keyword is, so a second format would not
    // agree with the first.
    if ([ins, ins.trigger].some(item => item && item.keywordRange.start.line !== item.keywordRange.end.line)) {
      continue;
    }
    for (const item of ins.trigger ? [ins, ins.trigger] : [ins]) {
      if (item.keywordRaw !== item.keyword && /^[a-z]+$/i.test(item.keywordRaw)) {
        edits.push({ range: item.keywordRange, newText: item.keyword });
      }
    }
    if (ins.range.start.character > 0 && /^\s+$/.test(doc.lines.lineText(ins.range.start.line).slice(0, ins.range.start.character))) {
      edits.push({ range: { start: { line: ins.range.start.line, character: 0 }, end: ins.range.start }, newText: '' });
    }
    const heredocLines = new Set<number>();
    for (const h of ins.heredocs) {
      for (let line = h.startRange.start.line + 1; line <= (h.endRange?.end.line ?? ins.range.end.line); line++) {
        heredocLines.add(line);
      }
    }
    for (let line = ins.range.start.line + 1; line <= ins.range.end.line; line++) {
      const text = doc.lines.lineText(line);
      const leading = /^[ \t]*/.exec(text)?.[0] ?? '';
      if (heredocLines.has(line) || text.trim() === '' || text.trimStart().startsWith('#') || leading === indent) {
        continue;
      }
      edits.push({ range: { start: { line, character: 0 }, end: { line, character: leading.length } }, newText: indent });
    }
  }
  return edits;
}
