import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { DfDocument } from '../parse/model';

/** Stages, instructions over several lines, heredoc bodies and runs of comment lines. */
export function foldingRanges(doc: DfDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const stage of doc.stages) {
    const end = doc.instructions[stage.last].range.end.line;
    if (end > stage.from.range.start.line) {
      ranges.push({ startLine: stage.from.range.start.line, endLine: end, kind: FoldingRangeKind.Region });
    }
  }
  for (const ins of doc.instructions) {
    if (ins.range.end.line > ins.range.start.line) {
      ranges.push({ startLine: ins.range.start.line, endLine: ins.range.end.line });
    }
    for (const h of ins.heredocs) {
      if (h.endRange && h.endRange.start.line > h.startRange.start.line + 1 && h.startRange.start.line !== ins.range.start.line) {
        ranges.push({ startLine: h.startRange.start.line, endLine: h.endRange.start.line });
      }
    }
  }
  let runStart = -1;
  let previous = -2;
  const flush = (): void => {
    if (runStart >= 0 && previous > runStart) {
      ranges.push({ startLine: runStart, endLine: previous, kind: FoldingRangeKind.Comment });
    }
  };
  for (const comment of doc.comments) {
    const line = comment.range.start.line;
    if (line !== previous + 1) {
      flush();
      runStart = line;
    }
    previous = line;
  }
  flush();
  return ranges;
}
