import type { Location } from 'vscode-languageserver-types';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFolder } from '../common/documentFolder';
import type { ImageSource } from '../common/EngineImages';
import { emptyFileSystem, type FileSystem } from '../common/FileSystem';
import type { LanguageFeatures, LanguageSettings, RuleSeverity } from '../common/LanguageFeatures';
import { ParseCache } from '../common/ParseCache';
import type { CancellationTokenLike, TextDocumentLike } from '../common/documents';
import type { BuildHistorySource } from './features/buildHistory';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { complete } from './features/completion';
import { documentLinks } from './features/documentLinks';
import { format } from './features/format';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { definitionOf, occurrences, targetAt } from './features/navigation';
import { semanticTokens } from './features/semanticTokens';
import { documentSymbols, foldingRanges } from './features/structure';
import { environmentFindings, validateDocument } from './features/validate';
import type { DfDocument } from './parse/model';
import { parseIncremental } from './parse/splice';
import { allRules } from './rules';
import type { DockerfileEnvironment } from './rules/rule';

export type { BuildHistory, BuildHistoryEntry, BuildHistorySource } from './features/buildHistory';
export { matchHistory, normalizeCreatedBy } from './features/buildHistory';
export { dockerfileSemanticTokensLegend } from './features/semanticTokens';

export interface DockerfileRuleInfo {
  readonly code: string;
  readonly defaultSeverity: Exclude<RuleSeverity, 'off'>;
  readonly description: string;
  /** The BuildKit check `# check=skip=` also accepts for this rule. */
  readonly buildkit?: string;
}

export const dockerfileRules: readonly DockerfileRuleInfo[] = allRules.map(({ code, defaultSeverity, description, buildkit }) =>
  ({ code, defaultSeverity, description, ...(buildkit ? { buildkit } : {}) }));

export interface DockerfileFeatureDeps {
  readonly settings: () => LanguageSettings;
  readonly images: ImageSource;
  readonly buildHistory?: BuildHistorySource;
  /** For the build context (CodeLens, .dockerignore-aware rules); none means no disk. */
  readonly fs?: FileSystem;
}

/** Every feature answers from the one parse of the document's current version. */
export function createDockerfileFeatures(deps: DockerfileFeatureDeps): LanguageFeatures {
  const cache = new ParseCache<DfDocument>((doc, previous) => parseIncremental(doc.getText(), previous));
  const parsed = (doc: TextDocumentLike): DfDocument => cache.get(doc);
  const cancelled = (token: CancellationTokenLike): boolean => token.isCancellationRequested;
  const fs = deps.fs ?? emptyFileSystem;
  const environment = (uri: string): DockerfileEnvironment => {
    const folder = documentFolder(uri);
    return { fs, images: deps.images, contextRoot: folder, dockerfile: folder ? path.basename(fileURLToPath(uri)) : 'Dockerfile' };
  };

  return Object.freeze<LanguageFeatures>({
    validate: async (doc, token) => {
      const d = parsed(doc);
      const fromEnvironment = await environmentFindings(d, environment(doc.uri));
      return cancelled(token) ? [] : validateDocument(d, deps.settings(), allRules, fromEnvironment);
    },
    complete: (doc, at, token) => cancelled(token) ? Promise.resolve([]) : complete(parsed(doc), at, deps.images),
    hover: (doc, at, token) => cancelled(token) ? Promise.resolve(undefined) : hover(parsed(doc), at, deps.images),
    codeActions: (doc, _range, context, token) => Promise.resolve(cancelled(token) ? [] : codeActions(parsed(doc), doc.uri, context)),
    definition: (doc, at) => {
      const d = parsed(doc);
      const target = targetAt(d, at);
      const range = target ? definitionOf(d, target) : undefined;
      return Promise.resolve(range ? [{ uri: doc.uri, range }] : []);
    },
    references: (doc, at, includeDeclaration) => {
      const d = parsed(doc);
      const target = targetAt(d, at);
      const found = target ? occurrences(d, target).filter(o => includeDeclaration || !o.declaration) : [];
      return Promise.resolve(found.map((o): Location => ({ uri: doc.uri, range: o.range })));
    },
    highlights: (doc, at) => {
      const d = parsed(doc);
      const target = targetAt(d, at);
      return Promise.resolve(target ? occurrences(d, target).map(o => ({ range: o.range, kind: o.declaration ? 3 : 2 })) : []);
    },
    prepareRename: (doc, at) => Promise.resolve(targetAt(parsed(doc), at)?.range),
    rename: (doc, at, newName) => {
      const d = parsed(doc);
      const target = targetAt(d, at);
      if (!target || !/^[A-Za-z_][\w.-]*$/.test(newName)) {
        return Promise.resolve(undefined);
      }
      return Promise.resolve({ changes: { [doc.uri]: occurrences(d, target).map(o => ({ range: o.range, newText: newName })) } });
    },
    symbols: doc => Promise.resolve(documentSymbols(parsed(doc))),
    foldingRanges: doc => Promise.resolve(foldingRanges(parsed(doc))),
    format: (doc, options) => Promise.resolve(format(parsed(doc), options)),
    codeLenses: doc => Promise.resolve(codeLenses(parsed(doc), doc.uri, environment(doc.uri))),
    inlayHints: (doc, range) => Promise.resolve(inlayHints(parsed(doc), range, deps.buildHistory?.historyFor(doc.uri))),
    semanticTokens: doc => Promise.resolve(semanticTokens(parsed(doc))),
    documentLinks: doc => Promise.resolve(documentLinks(parsed(doc))),
    forget: uri => cache.forget(uri),
  });
}
