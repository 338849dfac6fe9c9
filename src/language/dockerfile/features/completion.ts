import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver-types';
import type { CancellationTokenLike } from '../../common/documents';
import type { ImageSource } from '../../common/EngineImages';
import { directiveDocs, instructionDocs } from '../knowledge/docs';
import {
  instructionFlags,
  instructionKeywords,
  mountOptions,
  mountOptionValues,
  mountTypes,
  predefinedArgs,
} from '../knowledge/instructions';
import { signals } from '../../common/signals';
import { directiveSnippets, instructionSnippets, platforms } from '../knowledge/snippets';
import type { DfDocument } from '../parse/model';
import { globalArgs, instructionIndexBefore, scopeBefore, stageAt } from '../parse/scope';
import { contextAt } from './context';

function values(items: readonly string[], kind: CompletionItemKind, detail?: string): CompletionItem[] {
  return items.map(label => ({ label, kind, ...(detail ? { detail } : {}) }));
}

function keywordItems(doc: DfDocument, line: number, afterOnbuild: boolean): CompletionItem[] {
  const previous = instructionIndexBefore(doc, line - 1);
  const beforeFirstFrom = !doc.instructions.slice(0, previous + 1).some(ins => ins.keyword === 'FROM');
  const allowed = instructionKeywords.filter(k =>
    beforeFirstFrom && !afterOnbuild
      ? k === 'FROM' || k === 'ARG'
      : !afterOnbuild || (k !== 'FROM' && k !== 'MAINTAINER' && k !== 'ONBUILD'),
  );
  return allowed.map(keyword => ({
    label: keyword,
    kind: CompletionItemKind.Keyword,
    insertText: instructionSnippets[keyword],
    insertTextFormat: InsertTextFormat.Snippet,
    documentation: { kind: 'markdown', value: instructionDocs[keyword] },
  }));
}

function directiveItems(): CompletionItem[] {
  return Object.keys(directiveSnippets).map(name => ({
    label: `# ${name}=`,
    filterText: `# ${name}`,
    kind: CompletionItemKind.Property,
    insertText: directiveSnippets[name],
    insertTextFormat: InsertTextFormat.Snippet,
    documentation: { kind: 'markdown', value: directiveDocs[name] },
  }));
}

function variableItems(doc: DfDocument, index: number, keyword: string): CompletionItem[] {
  const scope = keyword === 'FROM' || index < 0 ? globalArgs(doc) : scopeBefore(doc, index);
  const items: CompletionItem[] = [...scope.values()].map(v => ({
    label: v.name,
    kind: CompletionItemKind.Variable,
    detail: `${v.kind}${v.value !== null ? ` = ${v.value}` : ''}`,
  }));
  const names = new Set(scope.keys());
  return items.concat(
    predefinedArgs
      .filter(name => !names.has(name))
      .map(name => ({ label: name, kind: CompletionItemKind.Constant, detail: 'predefined build arg' })),
  );
}

function mountItems(spec: string): CompletionItem[] {
  const parts = spec.split(',');
  const current = parts[parts.length - 1];
  const type = parts.find(p => p.startsWith('type='))?.slice(5) ?? 'bind';
  if (current.includes('=')) {
    const key = current.slice(0, current.indexOf('='));
    return key === 'type'
      ? values(mountTypes, CompletionItemKind.EnumMember)
      : values(mountOptionValues[key] ?? [], CompletionItemKind.Value);
  }
  const used = new Set(parts.slice(0, -1).map(p => p.split('=')[0]));
  const names = ['type', ...(mountOptions[type] ?? [])].filter(name => !used.has(name));
  return names.map(name => ({ label: name, kind: CompletionItemKind.Property, insertText: `${name}=` }));
}

function flagValueItems(doc: DfDocument, index: number, keyword: string, flag: string, value: string): CompletionItem[] | undefined {
  const spec = instructionFlags[keyword]?.find(s => s.name === flag);
  if (!spec) {
    return [];
  }
  if (spec.kind === 'mount') {
    return mountItems(value);
  }
  if (flag === 'from') {
    const stage = stageAt(doc, index);
    return doc.stages
      .filter(s => stage === undefined || s.index < stage.index)
      .map(s => ({
        label: s.name ?? String(s.index),
        kind: CompletionItemKind.Reference,
        detail: `stage ${s.index}: ${s.from.from?.image?.value ?? ''}`,
      }));
  }
  if (flag === 'platform') {
    return values(['$BUILDPLATFORM', '$TARGETPLATFORM', ...platforms], CompletionItemKind.Value);
  }
  if (spec.kind === 'bool') {
    return values(['true', 'false'], CompletionItemKind.Value);
  }
  return spec.values ? values(spec.values, CompletionItemKind.EnumMember) : [];
}

async function fromItems(doc: DfDocument, index: number, word: string, images: ImageSource): Promise<CompletionItem[]> {
  const stage = stageAt(doc, index);
  const stages = doc.stages
    .filter(s => s.name && (!stage || s.index < stage.index))
    .map(s => ({ label: s.name ?? '', kind: CompletionItemKind.Reference, detail: 'build stage' }));
  const local = await images.list();
  const colon = word.indexOf(':');
  const items =
    colon >= 0
      ? local
          .filter(i => i.reference.startsWith(word.slice(0, colon + 1)))
          .map(i => ({
            label: i.reference.slice(colon + 1),
            filterText: i.reference.slice(colon + 1),
            kind: CompletionItemKind.Constant,
            detail: 'local tag',
          }))
      : [...new Set(local.map(i => i.reference))].map(reference => ({
          label: reference,
          kind: CompletionItemKind.Module,
          detail: 'local image',
        }));
  return [...stages, ...items, { label: 'scratch', kind: CompletionItemKind.Module, detail: 'the empty image' }];
}

/**
 * Makes the items replace the `length` characters before the position, which editors would not
 * treat as part of the word (`--`, `# `, `:` and `/` in image names) and would otherwise duplicate.
 */
function replacingBefore(items: CompletionItem[], at: Position, length: number): CompletionItem[] {
  const range = { start: { line: at.line, character: at.character - length }, end: at };
  return items.map(item => ({ ...item, textEdit: { range, newText: item.insertText ?? item.label } }));
}

/** Completion items for the position; the cases are tried from the most specific context outwards. */
export async function complete(
  doc: DfDocument,
  at: Position,
  images: ImageSource,
  token: CancellationTokenLike,
): Promise<CompletionItem[]> {
  if (token.isCancellationRequested) {
    return [];
  }
  const context = contextAt(doc, at);
  const ins = context.instruction;
  const directive = /#[^=]*$/.exec(context.linePrefix);
  if (directive && /^\s*#/.test(context.linePrefix) && !doc.instructions.some(i => i.range.start.line < at.line)) {
    return replacingBefore(directiveItems(), at, directive[0].length);
  }
  if (/^\s*#/.test(context.linePrefix)) {
    return [];
  }
  if (!ins || /^\s*\w*$/.test(context.before)) {
    return keywordItems(doc, at.line, false);
  }
  // After `ONBUILD INSTRUCTION `, complete as that instruction would.
  const trigger = ins.keyword === 'ONBUILD' && /^\s*\S+\s+\S+\s/.test(context.before) ? ins.trigger : null;
  const keyword = trigger ? trigger.keyword : ins.keyword;
  const before = trigger ? context.before.replace(/^\s*\S+\s+/, '') : context.before;
  const variable = /\$\{?(\w*)$/.exec(before);
  if (variable) {
    return variableItems(doc, context.index, keyword);
  }
  const flagValue = /\s--([\w-]+)=(\S*)$/.exec(before);
  if (flagValue) {
    return flagValueItems(doc, context.index, keyword, flagValue[1], flagValue[2]) ?? [];
  }
  const flag = /\s(--?[\w-]*)$/.exec(before);
  if (flag) {
    return replacingBefore(
      (instructionFlags[keyword] ?? []).map(spec => ({
        label: `--${spec.name}`,
        kind: CompletionItemKind.Property,
        insertText: spec.kind === 'bool' ? `--${spec.name}` : `--${spec.name}=`,
        documentation: { kind: 'markdown', value: spec.doc },
      })),
      at,
      flag[1].length,
    );
  }
  const words = before
    .trim()
    .split(/\s+/)
    .filter(w => !w.startsWith('--'));
  const completingNew = /\s$/.test(before);
  const position = completingNew ? words.length : words.length - 1; // 0 is the keyword
  switch (keyword) {
    case 'ONBUILD':
      return position === 1 ? keywordItems(doc, at.line, true) : [];
    case 'ARG':
      // Declaring a predefined arg in a stage makes its value available there.
      return position === 1 ? values(predefinedArgs, CompletionItemKind.Constant, 'predefined build arg') : [];
    case 'STOPSIGNAL':
      return position === 1 ? values(signals, CompletionItemKind.EnumMember) : [];
    case 'HEALTHCHECK':
      return position === 1 ? values(['CMD', 'NONE'], CompletionItemKind.Keyword) : [];
    case 'FROM':
      if (position === 1) {
        const word = completingNew ? '' : words[words.length - 1];
        const items = await fromItems(doc, context.index, word, images);
        // After `name:` only the tag is replaced; otherwise the whole typed reference.
        return replacingBefore(items, at, word.includes(':') ? word.length - word.indexOf(':') - 1 : word.length);
      }
      return position === 2 ? values(['AS'], CompletionItemKind.Keyword) : [];
    default:
      return [];
  }
}
