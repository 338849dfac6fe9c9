import { TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Connects an LSP connection to Dockhand's language features. The transport lives in
 * node/main.ts, so the same server can run over stdio, IPC, or in-process in tests.
 */
export function startServer(connection: Connection): TextDocuments<TextDocument> {
  const documents = new TextDocuments(TextDocument);
  connection.onInitialize(() => ({
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    serverInfo: { name: 'dockhand-language-server' },
  }));
  documents.listen(connection);
  connection.listen();
  return documents;
}
