import * as path from 'node:path';
import type * as vscode from 'vscode';

/**
 * Where V8's code cache of Dockhand's large bundles lives (the language server's, the language
 * client's; src/shared/codeCache.ts): the extension's global storage, which is Dockhand's own,
 * never the workspace's.
 */
export function codeCacheFolder(context: vscode.ExtensionContext): string {
  return path.join(context.globalStorageUri.fsPath, 'code-cache');
}
