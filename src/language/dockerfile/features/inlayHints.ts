import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import type { DfDocument } from '../parse/model';
import { globalArgs } from '../parse/scope';
import { matchHistory, type BuildHistory } from './buildHistory';

/** `${NAME}`, `$NAME` and `${NAME:-default}` replaced by their values from the given lookup. */
export function substitute(text: string, lookup: (name: string) => string | null | undefined): string {
  return text.replace(/\$\{(\w+)(?::?[-+]([^}]*))?\}|\$(\w+)/g, (whole: string, braced?: string, fallback?: string, bare?: string) => {
    const value = lookup(braced ?? bare ?? '');
    return value ?? fallback ?? whole;
  });
}

function inRange(range: Range, line: number): boolean {
  return line >= range.start.line && line <= range.end.line;
}

export function inlayHints(doc: DfDocument, range: Range, history: BuildHistory | undefined): InlayHint[] {
  const hints: InlayHint[] = [];
  const globals = globalArgs(doc);
  for (const stage of doc.stages) {
    const image = stage.from.from?.image;
    if (!image || !image.value.includes('$') || !inRange(range, image.range.end.line)) {
      continue;
    }
    const resolved = substitute(image.value, name => globals.get(name)?.value);
    if (resolved !== image.value) {
      hints.push({ position: image.range.end, label: `= ${resolved}`, kind: InlayHintKind.Type, paddingLeft: true });
    }
  }
  if (history) {
    for (const hint of matchHistory(doc, history)) {
      const end = doc.instructions[hint.index].range.end;
      if (inRange(range, end.line)) {
        hints.push({ position: end, label: hint.label, paddingLeft: true });
      }
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
