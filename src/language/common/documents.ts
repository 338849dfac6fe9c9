import type { Position } from 'vscode-languageserver-types';

/**
 * The document shape the language service accepts: vscode-languageserver-textdocument's
 * TextDocument fits it, and so do test fakes and any other editor's documents.
 */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  readonly languageId?: string;
  getText(): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** LSP's CancellationToken, structurally; the service checks it between steps. */
export interface CancellationTokenLike {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationTokenLike = Object.freeze({ isCancellationRequested: false });

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
