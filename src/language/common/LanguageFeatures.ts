import type {
  CodeAction,
  CodeActionContext,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SemanticTokens,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { CancellationTokenLike, TextDocumentLike } from './documents';

/**
 * What one language (Dockerfile, Compose) offers. Documents and a token in, LSP types out; no
 * transport. The server in ../server adapts these to LSP requests, tests call them directly.
 * Optional members are features a language does not have.
 */
export interface LanguageFeatures {
  /**
   * The document's diagnostics. A language whose checks wait on the environment (the engine's
   * images, answered by the client) hands `early` the diagnostics that need no answer before it
   * asks, so that an editor shows them at once; what it returns is then the complete set: those,
   * followed by the environment's.
   */
  validate(doc: TextDocumentLike, token: CancellationTokenLike, early?: (diagnostics: Diagnostic[]) => void): Promise<Diagnostic[]>;
  complete(doc: TextDocumentLike, at: Position, token: CancellationTokenLike): Promise<CompletionItem[]>;
  hover(doc: TextDocumentLike, at: Position, token: CancellationTokenLike): Promise<Hover | undefined>;
  codeActions(doc: TextDocumentLike, range: Range, context: CodeActionContext, token: CancellationTokenLike): Promise<CodeAction[]>;
  definition(doc: TextDocumentLike, at: Position, token: CancellationTokenLike): Promise<Location[]>;
  references(doc: TextDocumentLike, at: Position, includeDeclaration: boolean, token: CancellationTokenLike): Promise<Location[]>;
  highlights(doc: TextDocumentLike, at: Position, token: CancellationTokenLike): Promise<DocumentHighlight[]>;
  /** The range of the name to rename, or undefined when nothing renameable is there. */
  prepareRename(doc: TextDocumentLike, at: Position, token: CancellationTokenLike): Promise<Range | undefined>;
  rename(doc: TextDocumentLike, at: Position, newName: string, token: CancellationTokenLike): Promise<WorkspaceEdit | undefined>;
  symbols(doc: TextDocumentLike, token: CancellationTokenLike): Promise<DocumentSymbol[]>;
  foldingRanges(doc: TextDocumentLike, token: CancellationTokenLike): Promise<FoldingRange[]>;
  format(doc: TextDocumentLike, options: FormattingOptions, token: CancellationTokenLike): Promise<TextEdit[]>;
  codeLenses(doc: TextDocumentLike, token: CancellationTokenLike): Promise<CodeLens[]>;
  inlayHints(doc: TextDocumentLike, range: Range, token: CancellationTokenLike): Promise<InlayHint[]>;
  semanticTokens?(doc: TextDocumentLike, token: CancellationTokenLike): Promise<SemanticTokens>;
  documentLinks?(doc: TextDocumentLike, token: CancellationTokenLike): Promise<DocumentLink[]>;
  /** Drops what the service keeps for a closed document. */
  forget(uri: string): void;
}

/** A diagnostic rule's severity as users set it in `dockhand.dockerfile.rules` / `dockhand.compose.rules`. */
export type RuleSeverity = 'off' | 'hint' | 'information' | 'warning' | 'error';

export interface LanguageSettings {
  readonly dockerfile: {
    /** Per-rule severity overrides, by rule code. */
    readonly rules: Readonly<Record<string, RuleSeverity>>;
  };
  readonly compose: {
    readonly rules: Readonly<Record<string, RuleSeverity>>;
    /** Off when another extension already validates compose files against the schema. */
    readonly schemaValidation: boolean;
    readonly codeLens: boolean;
  };
  readonly dockerignore: {
    readonly rules: Readonly<Record<string, RuleSeverity>>;
  };
}

export const defaultLanguageSettings: LanguageSettings = {
  dockerfile: { rules: {} },
  compose: { rules: {}, schemaValidation: true, codeLens: true },
  dockerignore: { rules: {} },
};
