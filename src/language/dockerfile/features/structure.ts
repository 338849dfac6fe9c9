import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import type { DfDocument, DfInstruction } from '../parse/model';

function symbolOf(ins: DfInstruction): DocumentSymbol {
  const detail = ins.argsText.trim();
  return {
    name: ins.keyword,
    detail: detail.length > 60 ? `${detail.slice(0, 57)}…` : detail,
    kind: ins.keyword === 'ARG' || ins.keyword === 'ENV' ? SymbolKind.Variable : SymbolKind.Function,
    range: ins.range,
    selectionRange: ins.keywordRange,
  };
}

/** Stages (named by their name or base image) containing their instructions; global ARGs at the top level. */
export function documentSymbols(doc: DfDocument): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = doc.instructions.slice(0, doc.stages[0]?.first ?? doc.instructions.length).map(symbolOf);
  for (const stage of doc.stages) {
    const last = doc.instructions[stage.last];
    const base = stage.from.from?.image?.value ?? '';
    symbols.push({
      name: stage.name ?? `stage ${stage.index}`,
      detail: base,
      kind: SymbolKind.Class,
      range: { start: stage.from.range.start, end: last.range.end },
      selectionRange: stage.from.from?.stage?.range ?? stage.from.keywordRange,
      children: doc.instructions.slice(stage.first, stage.last + 1).map(symbolOf),
    });
  }
  return symbols;
}

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
