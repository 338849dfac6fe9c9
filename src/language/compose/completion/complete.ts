import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { CancellationTokenLike } from '../../common/documents';
import type { ComposeContext } from '../ComposeContext';
import type { ComposeDocument } from '../parse/ComposeDocument';
import type { NameKind } from '../parse/names';
import { enumsAt, propertiesAt } from '../schema/schemaNavigator';
import { completionContext } from './completionContext';
import { knownValues, serviceValued } from './knownValues';
import { keySnippet } from './snippets';

/** Lists whose items name something declared elsewhere in the file. */
const listOfNames: Readonly<Record<string, NameKind>> = {
  depends_on: 'service',
  links: 'service',
  volumes_from: 'service',
  networks: 'network',
  secrets: 'secret',
  configs: 'config',
  volumes: 'volume',
};

export async function complete(
  doc: ComposeDocument,
  position: Position,
  context: ComposeContext,
  token: CancellationTokenLike,
): Promise<CompletionItem[]> {
  const offset = doc.toOffset(position);
  const where = completionContext(doc.text, offset);
  if (where.kind === 'none') {
    return [];
  }
  const range = doc.toRange(where.prefixStart, offset);
  const service = (path: readonly string[]) => (path[0] === 'services' ? path[1] : undefined);
  switch (where.kind) {
    case 'variable':
      return [...context.variables(doc)].map(([name, value]) => ({
        label: name,
        kind: CompletionItemKind.Variable,
        detail: `= ${value}`,
        textEdit: { range, newText: name },
      }));
    case 'key':
      return [...keyItems(where.path, where.siblings, range), ...nameKeys(doc, where.path, where.siblings, range)];
    case 'item': {
      const list = where.path[where.path.length - 2] ?? '';
      const kind = where.path[0] === 'services' && where.path.length === 4 ? listOfNames[list] : undefined;
      const names = kind
        ? declaredNames(doc, kind, service(where.path)).map(n => nameItem(n, kind, range, kind === 'volume' ? `${n}:` : n))
        : [];
      return [...names, ...valueItems(where.path, '', range), ...keyItems(where.path, where.siblings, range)];
    }
    case 'value': {
      if (where.key === 'image' && service(where.path) !== undefined && where.path.length === 2) {
        const images = await context.deps.images.list();
        return token.isCancellationRequested
          ? []
          : images.map(i => ({
              label: i.reference,
              kind: CompletionItemKind.Constant,
              detail: `${(i.size / 1e6).toFixed(0)} MB`,
              textEdit: { range, newText: i.reference },
            }));
      }
      const names =
        serviceValued.has(where.key) && where.path[0] === 'services'
          ? declaredNames(doc, 'service', service(where.path)).map(n => nameItem(n, 'service', range, n))
          : where.key === 'network_mode'
            ? declaredNames(doc, 'service', service(where.path)).map(n => nameItem(`service:${n}`, 'service', range, `service:${n}`))
            : [];
      return [...valueItems(where.path, where.key, range), ...names];
    }
  }
}

function keyItems(path: readonly string[], siblings: ReadonlySet<string>, range: Range): CompletionItem[] {
  return [...propertiesAt(path)]
    .filter(([name]) => !siblings.has(name))
    .map(([name, schema]) => ({
      label: name,
      kind: CompletionItemKind.Property,
      documentation: schema.description ? { kind: MarkupKind.Markdown, value: schema.description } : undefined,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: keySnippet(name, schema) },
      ...(schema.deprecated ? { tags: [1] } : {}),
    }));
}

function valueItems(path: readonly string[], key: string, range: Range): CompletionItem[] {
  const full = key ? [...path, key] : path;
  const last = key || (path[path.length - 2] ?? '');
  const values = new Set([...enumsAt(full), ...(knownValues[last] ?? [])]);
  return [...values].map(value => ({ label: value, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: value } }));
}

/** Keys that are names: `depends_on:` and `networks:` in their mapping form. */
function nameKeys(doc: ComposeDocument, path: readonly string[], siblings: ReadonlySet<string>, range: Range): CompletionItem[] {
  if (path[0] !== 'services' || path.length !== 3) {
    return [];
  }
  const self = path[1];
  if (path[2] === 'depends_on') {
    return declaredNames(doc, 'service', self)
      .filter(n => !siblings.has(n))
      .map(n => ({
        ...nameItem(n, 'service', range, `${n}:\n  condition: \${1|service_started,service_healthy,service_completed_successfully|}`),
        insertTextFormat: InsertTextFormat.Snippet,
      }));
  }
  if (path[2] === 'networks') {
    return declaredNames(doc, 'network', self)
      .filter(n => !siblings.has(n))
      .map(n => nameItem(n, 'network', range, `${n}:`));
  }
  return [];
}

function declaredNames(doc: ComposeDocument, kind: NameKind, except: string | undefined): string[] {
  return [...(doc.model.declarations.get(kind)?.keys() ?? [])].filter(n => !(kind === 'service' && n === except));
}

function nameItem(label: string, kind: NameKind, range: Range, newText: string): CompletionItem {
  return {
    label,
    kind: kind === 'service' ? CompletionItemKind.Module : CompletionItemKind.Reference,
    detail: kind,
    textEdit: { range, newText },
  };
}
