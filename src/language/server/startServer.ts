import { fileURLToPath } from 'node:url';
import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ImageSource } from '../common/EngineImages';
import { noImages } from '../common/EngineImages';
import type { LanguageFeatures, LanguageSettings } from '../common/LanguageFeatures';
import type { HostedServices } from '../common/LanguageServices';
import { clientImageSource } from './clientImageSource';
import { languageOf } from './languageOf';
import { buildHistoryNotification, type DockhandInitializationOptions } from './protocol';
import { settingsFromClient } from './settingsFromClient';
import { ValidationScheduler } from './ValidationScheduler';

/** What the server gives the language services it hosts. */
export interface ServiceDeps {
  readonly settings: () => LanguageSettings;
  readonly images: ImageSource;
  /** The last build history the client sent for a Dockerfile, as it sent it. */
  readonly buildHistory: (uri: string) => unknown;
  /**
   * The text of the open document at a file path, unsaved edits included (undefined when it is not
   * open): what the services read instead of the disk, so an edited .dockerignore counts at once.
   */
  readonly openDocumentText: (path: string) => string | undefined;
}

/**
 * Connects an LSP connection to Dockhand's language features: translation, nothing else. The
 * transport lives in node/main.ts, so the same server runs over stdio, IPC, or in-process in tests.
 */
export function startServer(connection: Connection, createServices: (deps: ServiceDeps) => HostedServices): void {
  const documents = new TextDocuments(TextDocument);
  const histories = new Map<string, unknown>();
  let settings = settingsFromClient(undefined);
  let images: ImageSource = noImages;
  const services = createServices({
    settings: () => settings,
    images: {
      list: () => images.list(),
      inspect: r => images.inspect(r),
      platform: () => images.platform?.() ?? Promise.resolve(undefined),
    },
    buildHistory: uri => histories.get(uri),
    openDocumentText: path =>
      documents
        .all()
        .find(doc => filePathOf(doc.uri) === path)
        ?.getText(),
  });

  const featuresOf = (doc: TextDocument): LanguageFeatures | undefined => {
    const language = languageOf(doc.languageId, doc.uri);
    return language && services.features[language];
  };
  const validation = new ValidationScheduler(connection, featuresOf);

  connection.onInitialize(params => {
    const options = (params.initializationOptions ?? {}) as DockhandInitializationOptions;
    settings = settingsFromClient(options.settings);
    if (options.engineImages) {
      images = clientImageSource(connection);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [' ', '$', '{', '-', '=', ':', '/', '"', ','] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        documentLinkProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: services.semanticTokensLegend, full: true },
      },
      serverInfo: { name: 'dockhand-language-server' },
    };
  });

  connection.onDidChangeConfiguration(change => {
    const section = (change.settings as { dockhand?: unknown } | undefined)?.dockhand;
    const changed = settingsFromClient(section);
    // VS Code's client sends the settings it already gave at initialize right after it: checking
    // every open document again then would only delay (and cancel) the first validation.
    if (JSON.stringify(changed) === JSON.stringify(settings)) {
      return;
    }
    settings = changed;
    for (const doc of documents.all()) {
      validation.schedule(doc);
    }
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  });
  connection.onNotification(buildHistoryNotification, (params: { uri: string; history: unknown }) => {
    histories.set(params.uri, params.history);
    void connection.languages.inlayHint.refresh().catch(() => undefined);
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  });

  // An edited .dockerignore (saved or not; the services read open documents' text) changes what
  // the Dockerfiles beside it may COPY and their build context: check them again once typing pauses.
  let ignoreEdited: NodeJS.Timeout | undefined;
  const buildContextChanged = () => {
    clearTimeout(ignoreEdited);
    ignoreEdited = setTimeout(() => {
      for (const doc of documents.all()) {
        if (languageOf(doc.languageId, doc.uri) === 'dockerfile') {
          validation.schedule(doc);
        }
      }
      void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    }, 150);
  };
  const isIgnoreFile = (doc: TextDocument) => languageOf(doc.languageId, doc.uri) === 'dockerignore';

  documents.onDidOpen(({ document }) => validation.schedule(document));
  documents.onDidChangeContent(({ document }) => {
    validation.schedule(document);
    if (isIgnoreFile(document)) {
      buildContextChanged();
    }
  });
  documents.onDidClose(({ document }) => {
    validation.clear(document.uri);
    featuresOf(document)?.forget(document.uri);
    if (isIgnoreFile(document)) {
      buildContextChanged(); // closed without saving: the file on disk counts again
    }
  });

  /** Runs a request against the document's language features; "nothing" for other documents. */
  async function withFeatures<R>(
    uri: string,
    body: (features: LanguageFeatures, doc: TextDocument) => Promise<R | undefined> | undefined,
  ): Promise<R | null> {
    const doc = documents.get(uri);
    const features = doc && featuresOf(doc);
    return (features && doc && (await body(features, doc))) ?? null;
  }

  connection.onCompletion((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.complete(doc, p.position, t)));
  connection.onHover((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.hover(doc, p.position, t)));
  connection.onCodeAction((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.codeActions(doc, p.range, p.context, t)));
  connection.onDefinition((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.definition(doc, p.position, t)));
  connection.onReferences((p, t) =>
    withFeatures(p.textDocument.uri, (f, doc) => f.references(doc, p.position, p.context.includeDeclaration, t)),
  );
  connection.onDocumentHighlight((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.highlights(doc, p.position, t)));
  connection.onPrepareRename((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.prepareRename(doc, p.position, t)));
  connection.onRenameRequest((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.rename(doc, p.position, p.newName, t)));
  connection.onDocumentSymbol((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.symbols(doc, t)));
  connection.onFoldingRanges((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.foldingRanges(doc, t)));
  connection.onDocumentFormatting((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.format(doc, p.options, t)));
  connection.onCodeLens((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.codeLenses(doc, t)));
  connection.languages.inlayHint.on((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.inlayHints(doc, p.range, t)));
  connection.onDocumentLinks((p, t) => withFeatures(p.textDocument.uri, (f, doc) => f.documentLinks?.(doc, t)));
  connection.languages.semanticTokens.on(
    async (p, t) => (await withFeatures(p.textDocument.uri, (f, doc) => f.semanticTokens?.(doc, t))) ?? { data: [] },
  );

  connection.onShutdown(() => {
    clearTimeout(ignoreEdited);
    validation.dispose();
  });
  documents.listen(connection);
  connection.listen();
}

/** The file path of a `file:` URI (editors differ in what they percent-encode), else undefined. */
function filePathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
