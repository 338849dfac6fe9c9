import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
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
export function symbols(doc: DfDocument): DocumentSymbol[] {
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
