import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFolder } from '../common/documentFolder';
import type { ImageSource } from '../common/EngineImages';
import { emptyFileSystem, type FileSystem } from '../common/FileSystem';
import type { LanguageFeatures, LanguageSettings, RuleSeverity } from '../common/LanguageFeatures';
import { ParseCache } from '../common/ParseCache';
import type { TextDocumentLike } from '../common/documents';
import type { BuildHistorySource } from './features/buildHistory';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLenses';
import { complete } from './features/completion';
import { documentLinks } from './features/documentLinks';
import { format } from './features/format';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { semanticTokens } from './features/semanticTokens';
import { symbols } from './features/symbols';
import { foldingRanges } from './features/foldingRanges';
import { environmentFindings, validateDocument } from './features/validate';
import { definition, highlights, prepareRename, references, rename } from './navigation/navigation';
import type { DfDocument } from './parse/model';
import { parseIncremental } from './parse/splice';
import { allRules, environmentRules } from './rules';
import type { DockerfileEnvironment } from './rules/rule';

export type { BuildHistory, BuildHistoryEntry, BuildHistorySource } from './features/buildHistory';
export { matchHistory, normalizeCreatedBy } from './features/buildHistory';
export { parseFull as parseDockerfile } from './parse/parseDockerfile';
export type { DfDocument } from './parse/model';
export { dockerfileSemanticTokensLegend } from './features/semanticTokens';

export interface DockerfileRuleInfo {
  readonly code: string;
  readonly defaultSeverity: RuleSeverity;
  readonly description: string;
  /** The BuildKit check `# check=skip=` also accepts for this rule. */
  readonly buildkit?: string;
}

export const dockerfileRules: readonly DockerfileRuleInfo[] = [...allRules, ...environmentRules].map(
  ({ code, defaultSeverity, description, buildkit }) => ({ code, defaultSeverity, description, ...(buildkit ? { buildkit } : {}) }),
);

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
  const parse = (doc: TextDocumentLike): DfDocument => cache.get(doc);
  const fs = deps.fs ?? emptyFileSystem;
  const environment = (uri: string): DockerfileEnvironment => {
    const folder = documentFolder(uri);
    return { fs, images: deps.images, contextRoot: folder, dockerfile: folder ? path.basename(fileURLToPath(uri)) : 'Dockerfile' };
  };
  // Same shape as ../compose/createComposeFeatures.ts: parse, hand the parse to the feature.
  return Object.freeze<LanguageFeatures>({
    validate: async (doc, token, early) => {
      const parsed = parse(doc);
      const own = validateDocument(parsed, deps.settings(), allRules);
      early?.(own);
      const fromEnvironment = await environmentFindings(parsed, environment(doc.uri));
      if (token.isCancellationRequested) {
        return [];
      }
      if (fromEnvironment.length === 0) {
        return own;
      }
      // The environment's findings go through the same settings, `# check=skip=` and ignore comments.
      return [...own, ...validateDocument(parsed, deps.settings(), [], fromEnvironment)];
    },
    complete: (doc, at, token) => complete(parse(doc), at, deps.images, token),
    hover: (doc, at, token) => hover(parse(doc), at, deps.images, token),
    codeActions: (doc, _range, context, token) =>
      Promise.resolve(token.isCancellationRequested ? [] : codeActions(parse(doc), doc.uri, context)),
    definition: (doc, at) => Promise.resolve(definition(parse(doc), doc.uri, at)),
    references: (doc, at, includeDeclaration) => Promise.resolve(references(parse(doc), doc.uri, at, includeDeclaration)),
    highlights: (doc, at) => Promise.resolve(highlights(parse(doc), at)),
    prepareRename: (doc, at) => Promise.resolve(prepareRename(parse(doc), at)),
    rename: (doc, at, newName) => Promise.resolve(rename(parse(doc), doc.uri, at, newName)),
    symbols: doc => Promise.resolve(symbols(parse(doc))),
    foldingRanges: doc => Promise.resolve(foldingRanges(parse(doc))),
    format: (doc, options) => Promise.resolve(format(parse(doc), options)),
    codeLenses: doc => Promise.resolve(codeLenses(parse(doc), doc.uri, environment(doc.uri), deps.buildHistory?.historyFor(doc.uri))),
    inlayHints: (doc, range) => Promise.resolve(inlayHints(parse(doc), range, deps.buildHistory?.historyFor(doc.uri))),
    semanticTokens: doc => Promise.resolve(semanticTokens(parse(doc))),
    documentLinks: doc => Promise.resolve(documentLinks(parse(doc))),
    forget: uri => cache.forget(uri),
  });
}
