import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Node } from 'yaml';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { sectionOf, type Declaration, type NameKind } from '../parse/names';
import { entries } from '../parse/yamlNodes';

const kinds: Readonly<Record<NameKind, SymbolKind>> = {
  service: SymbolKind.Class, network: SymbolKind.Interface, volume: SymbolKind.Struct, secret: SymbolKind.Key, config: SymbolKind.File,
};

/** The outline: each section with its names; services also list their own keys (image, ports…). */
export function symbols(doc: ComposeDocument): DocumentSymbol[] {
  const outline: DocumentSymbol[] = [];
  for (const [kind, declared] of doc.model.declarations) {
    const section = entries(doc.yaml, doc.yaml.contents).find(e => e.key === sectionOf[kind]);
    if (!section || declared.size === 0) {
      continue;
    }
    const children = [...declared.values()].map(d => symbol(doc, d.name, kinds[kind], d.keyNode, d.value,
      kind === 'service' ? serviceKeys(doc, d) : undefined));
    outline.push(symbol(doc, section.key, SymbolKind.Namespace, section.keyNode, section.value, children));
  }
  return outline;
}

function serviceKeys(doc: ComposeDocument, service: Declaration): DocumentSymbol[] {
  return entries(doc.yaml, service.value).filter(e => !e.merged).map(e => symbol(doc, e.key, SymbolKind.Property, e.keyNode, e.value));
}

function symbol(doc: ComposeDocument, name: string, kind: SymbolKind, key: Node, value: Node | null, children?: DocumentSymbol[]): DocumentSymbol {
  const keyRange = key.range ?? [0, 0];
  const end = Math.max(value?.range?.[1] ?? keyRange[1], keyRange[1]);
  return {
    name, kind,
    range: doc.toRange(keyRange[0], end),
    selectionRange: doc.toRange(keyRange[0], keyRange[1]),
    ...(children ? { children } : {}),
  };
}
