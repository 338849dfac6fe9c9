import { CompletionItemKind, type CompletionItem, type Diagnostic, type Hover } from 'vscode-languageserver-types';
import { toDiagnostic } from '../common/findings';
import { formatBytes } from '../../shared/formatBytes';
import type { FileSystem } from '../common/FileSystem';
import type { LanguageFeatures, LanguageSettings } from '../common/LanguageFeatures';
import type { TextDocumentLike } from '../common/documents';
import { ignoreContext, type IgnoreContext } from './ignoreContext';
import { dockerignoreRules } from './rules';

export { dockerignoreRules } from './rules';

export interface DockerignoreFeatureDeps {
  readonly settings: () => LanguageSettings;
  readonly fs: FileSystem;
}

/**
 * The `.dockerignore` language: diagnostics, completion of context paths and hover with what a
 * pattern excludes. The build context is the ignore file's folder, read through `fs`.
 */
export function createDockerignoreFeatures(deps: DockerignoreFeatureDeps): LanguageFeatures {
  // One context per document version: hover and validation of the same version share the listing.
  const contexts = new Map<string, { version: number; context: IgnoreContext }>();
  const contextOf = (doc: TextDocumentLike): IgnoreContext => {
    const cached = contexts.get(doc.uri);
    if (cached?.version === doc.version) {
      return cached.context;
    }
    const context = ignoreContext(doc.uri, doc.getText(), deps.fs);
    contexts.set(doc.uri, { version: doc.version, context });
    return context;
  };
  const none =
    <T>(value: T) =>
    () =>
      Promise.resolve(value);
  return Object.freeze<LanguageFeatures>({
    validate: (doc, token) => Promise.resolve(token.isCancellationRequested ? [] : validate(contextOf(doc), deps.settings())),
    complete: (doc, at) => Promise.resolve(complete(contextOf(doc), doc.getText().split(/\r?\n/)[at.line] ?? '', at.character)),
    hover: (doc, at) => Promise.resolve(hover(contextOf(doc), at.line)),
    codeActions: none([]),
    definition: none([]),
    references: none([]),
    highlights: none([]),
    prepareRename: none(undefined),
    rename: none(undefined),
    symbols: none([]),
    foldingRanges: none([]),
    format: none([]),
    codeLenses: none([]),
    inlayHints: none([]),
    forget: uri => void contexts.delete(uri),
  });
}

function validate(context: IgnoreContext, settings: LanguageSettings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of dockerignoreRules) {
    const severity = settings.dockerignore.rules[rule.code] ?? rule.defaultSeverity;
    if (severity === 'off') {
      continue;
    }
    rule.check(context, (pattern, message) =>
      diagnostics.push(
        toDiagnostic(
          {
            rule,
            range: {
              start: { line: pattern.line, character: pattern.start },
              end: { line: pattern.line, character: Math.max(pattern.end, pattern.start + 1) },
            },
            message,
          },
          severity,
        ),
      ),
    );
  }
  return diagnostics;
}

/** Names in the context folder the typed path leads to (`src/` lists src), folders first. */
function complete(context: IgnoreContext, line: string, character: number): CompletionItem[] {
  const typed = line.slice(0, character).replace(/^\s*!?\s*/, '');
  if (typed.startsWith('#')) {
    return [];
  }
  const listing = context.listing();
  if (!listing) {
    return [];
  }
  const slash = typed.lastIndexOf('/');
  const folder = slash >= 0 ? typed.slice(0, slash).replace(/^\/+/, '') : '';
  if (/[*?[]/.test(folder)) {
    return [];
  }
  const prefix = folder ? `${folder}/` : '';
  const under = (p: string) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/');
  const folders = listing.folders.filter(under).map((p): CompletionItem => ({
    label: p.slice(prefix.length),
    kind: CompletionItemKind.Folder,
    sortText: `0${p}`,
    detail: 'folder in the build context',
  }));
  const files = listing.files
    .filter(f => under(f.path))
    .map((f): CompletionItem => ({
      label: f.path.slice(prefix.length),
      kind: CompletionItemKind.File,
      sortText: `1${f.path}`,
      detail: formatBytes(f.size),
    }));
  return [...folders, ...files];
}

function hover(context: IgnoreContext, line: number): Hover | undefined {
  const index = context.rules.patterns.findIndex(p => p.line === line);
  const pattern = context.rules.patterns[index];
  if (!pattern) {
    return undefined;
  }
  const effect = context.effect(index);
  const range = { start: { line, character: pattern.start }, end: { line, character: pattern.end } };
  if (pattern.error || !effect) {
    return { range, contents: { kind: 'markdown', value: pattern.error ?? 'The build context cannot be read (an unsaved file?).' } };
  }
  const atLeast = context.listing()?.complete === false ? 'at least ' : '';
  const size = (files: readonly { size: number }[]) =>
    `${atLeast}${files.length} file${files.length === 1 ? '' : 's'} (${formatBytes(files.reduce((s, f) => s + f.size, 0))})`;
  const verb = pattern.exception ? 'Re-includes' : 'Excludes';
  const lines = [`**${verb} ${size(effect.decided)}** of the build context.`];
  if (effect.matched.length !== effect.decided.length) {
    lines.push('', `Matches ${size(effect.matched)} in all; later lines decide the others.`);
  }
  const sample = effect.decided.slice(0, 5).map(f => `- \`${f.path}\``);
  if (sample.length > 0) {
    lines.push('', ...sample, ...(effect.decided.length > sample.length ? [`- … ${effect.decided.length - sample.length} more`] : []));
  }
  return { range, contents: { kind: 'markdown', value: lines.join('\n') } };
}
