import * as vscode from 'vscode';
import type { IdsOf } from '../commandIds';
import type { CommandHandler } from '../shared/CommandDeps';
import { languageCommandIds as ids } from './languageCommandIds';

export function languageCommandTable(): Record<IdsOf<typeof ids>, CommandHandler> {
  return {
    // The "Build context: N files" lens passes the ignore file the build reads, as a URI string.
    [ids.OpenIgnoreFile]: async (uri: unknown) => {
      if (typeof uri !== 'string' && !(uri instanceof vscode.Uri)) {
        throw new Error('Open Ignore File needs the file to open.');
      }
      await vscode.window.showTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
    },
  };
}
