import type * as vscode from 'vscode';

/** The language ids the language server serves. */
export const dockhandLanguages: readonly string[] = ['dockerfile', 'dockercompose'];

export function isDockhandLanguage(document: vscode.TextDocument): boolean {
  return dockhandLanguages.includes(document.languageId);
}
