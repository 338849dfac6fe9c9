import * as vscode from 'vscode';

/**
 * Read-only documents for what the engine reports (inspect JSON, image history, processes,
 * filesystem changes): served from memory under the `dockhand` scheme, never saved anywhere.
 */
export class ReadOnlyDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly scheme = 'dockhand';
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(ReadOnlyDocuments.scheme, this);
  // Forget a document's text once its editor is closed: nothing accumulates over a session.
  private readonly closing = vscode.workspace.onDidCloseTextDocument(doc => this.contents.delete(doc.uri.toString()));

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** Shows `content` as `name` (its extension picks the language, e.g. `web.inspect.json`). */
  async show(name: string, content: string, language?: string): Promise<vscode.TextDocument> {
    // The path keeps the name readable in the tab; the query makes each showing a fresh document.
    const uri = vscode.Uri.from({ scheme: ReadOnlyDocuments.scheme, path: `/${name.replace(/[\\/]/g, '_')}`, query: String(Date.now()) });
    this.contents.set(uri.toString(), content);
    this.changed.fire(uri);
    let doc = await vscode.workspace.openTextDocument(uri);
    if (language) {
      doc = await vscode.languages.setTextDocumentLanguage(doc, language);
    }
    await vscode.window.showTextDocument(doc, { preview: true });
    return doc;
  }

  dispose(): void {
    this.registration.dispose();
    this.closing.dispose();
    this.changed.dispose();
    this.contents.clear();
  }
}
