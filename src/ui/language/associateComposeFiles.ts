import * as vscode from 'vscode';

/**
 * Treats YAML files matching the `dockhand.compose.files` globs as compose files, on top of the
 * names VS Code already maps to `dockercompose` (compose.yaml, docker-compose.yml, …).
 */
export function associateComposeFiles(context: vscode.ExtensionContext): void {
  const apply = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'yaml') {
      return;
    }
    const globs = vscode.workspace.getConfiguration('dockhand.compose').get<string[]>('files', []);
    if (globs.some(pattern => vscode.languages.match({ pattern }, doc) > 0)) {
      void vscode.languages.setTextDocumentLanguage(doc, 'dockercompose');
    }
  };
  vscode.workspace.textDocuments.forEach(apply);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(apply),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('dockhand.compose.files')) {
        vscode.workspace.textDocuments.forEach(apply);
      }
    }),
  );
}
