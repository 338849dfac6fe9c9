import type { LanguageFeatures } from '../common/LanguageFeatures';
import { ComposeContext, type ComposeDeps } from './ComposeContext';
import { complete } from './completion/complete';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLenses';
import { documentLinks } from './features/documentLinks';
import { foldingRanges } from './features/foldingRanges';
import { format } from './features/format';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { symbols } from './features/symbols';
import { definition, highlights, prepareRename, references, rename } from './navigation/navigation';
import { validateCompose } from './validate';

/**
 * The Compose language features: diagnostics, completion, hover, navigation, symbols, links,
 * folding, formatting, CodeLens and inlay hints, all from one parse per document version.
 */
export function createComposeFeatures(deps: ComposeDeps): LanguageFeatures {
  const context = new ComposeContext(deps);
  const parse = context.parse.bind(context);
  return Object.freeze<LanguageFeatures>({
    validate: (doc, token) => {
      if (token.isCancellationRequested) {
        return Promise.resolve([]);
      }
      const parsed = parse(doc);
      return Promise.resolve(validateCompose({ doc: parsed, fs: deps.fs, folder: context.folder(parsed) }, deps.settings().compose));
    },
    complete: (doc, at, token) => complete(parse(doc), at, context, token),
    hover: (doc, at, token) => hover(parse(doc), at, context, token),
    codeActions: (doc, _range, actionContext) => Promise.resolve(codeActions(parse(doc), actionContext)),
    definition: (doc, at) => Promise.resolve(definition(parse(doc), at)),
    references: (doc, at, includeDeclaration) => Promise.resolve(references(parse(doc), at, includeDeclaration)),
    highlights: (doc, at) => Promise.resolve(highlights(parse(doc), at)),
    prepareRename: (doc, at) => Promise.resolve(prepareRename(parse(doc), at)),
    rename: (doc, at, newName) => Promise.resolve(rename(parse(doc), at, newName)),
    symbols: doc => Promise.resolve(symbols(parse(doc))),
    foldingRanges: doc => Promise.resolve(foldingRanges(parse(doc))),
    format: (doc, options) => Promise.resolve(format(parse(doc), options)),
    codeLenses: doc => Promise.resolve(deps.settings().compose.codeLens ? codeLenses(parse(doc)) : []),
    inlayHints: (doc, range) => Promise.resolve(inlayHints(parse(doc), range, context)),
    documentLinks: doc => Promise.resolve(documentLinks(parse(doc), context.folder(parse(doc)))),
    forget: uri => context.forget(uri),
  });
}
