import { SymbolKind, type DocumentSymbol, type Position, type Range } from 'vscode-languageserver-types';
import type { Node } from 'yaml';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { sectionOf, type Declaration, type NameKind } from '../parse/names';
import { entries } from '../parse/yamlNodes';

const kinds: Readonly<Record<NameKind, SymbolKind>> = {
  service: SymbolKind.Class,
  network: SymbolKind.Interface,
  volume: SymbolKind.Struct,
  secret: SymbolKind.Key,
  config: SymbolKind.File,
};

/** The outline: each section with its names; services also list their own keys (image, ports…). */
export function symbols(doc: ComposeDocument): DocumentSymbol[] {
  const outline: DocumentSymbol[] = [];
  for (const [kind, declared] of doc.model.declarations) {
    const section = entries(doc.yaml, doc.yaml.contents).find(e => e.key === sectionOf[kind]);
    if (!section || declared.size === 0) {
      continue;
    }
    // VS Code rejects the whole outline when one symbol has an empty name (a key being typed: `  :`).
    const children = [...declared.values()]
      .filter(d => d.name.trim() !== '')
      .map(d => symbol(doc, d.name, kinds[kind], d.keyNode, d.value, kind === 'service' ? serviceKeys(doc, d) : undefined));
    outline.push(symbol(doc, section.key, SymbolKind.Namespace, section.keyNode, section.value, children));
  }
  return outline;
}

function serviceKeys(doc: ComposeDocument, service: Declaration): DocumentSymbol[] {
  return entries(doc.yaml, service.value)
    .filter(e => !e.merged && e.key.trim() !== '')
    .map(e => symbol(doc, e.key, SymbolKind.Property, e.keyNode, e.value));
}

function symbol(
  doc: ComposeDocument,
  name: string,
  kind: SymbolKind,
  key: Node,
  value: Node | null,
  children?: DocumentSymbol[],
): DocumentSymbol {
  const keyRange = key.range ?? [0, 0];
  const end = Math.max(value?.range?.[1] ?? keyRange[1], keyRange[1]);
  const range = doc.toRange(keyRange[0], end);
  // Keys written elsewhere (a service that is an alias, `web: *base`) are not this symbol's
  // children: an outline nests only what lies inside its parent.
  const inside = (r: Range) => compare(range.start, r.start) <= 0 && compare(r.end, range.end) <= 0;
  return {
    name,
    kind,
    range,
    selectionRange: doc.toRange(keyRange[0], keyRange[1]),
    ...(children ? { children: children.filter(c => inside(c.range)) } : {}),
  };
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
