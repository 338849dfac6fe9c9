import * as vscode from 'vscode';
import { toEngineError } from '../../engine';

/** The FileSystemError VS Code understands (an editor offers "Create File" on FileNotFound, …) for an engine failure. */
export function toFileSystemError(err: unknown, uri: vscode.Uri): Error {
  if (err instanceof vscode.FileSystemError) {
    return err;
  }
  const error = toEngineError(err);
  switch (error.kind) {
    case 'notFound':
      return vscode.FileSystemError.FileNotFound(uri);
    case 'invalid':
      return /is a folder/.test(error.message)
        ? vscode.FileSystemError.FileIsADirectory(uri)
        : /not a folder/.test(error.message)
          ? vscode.FileSystemError.FileNotADirectory(uri)
          : vscode.FileSystemError.NoPermissions(error.message);
    case 'conflict':
    case 'permissionDenied':
      return vscode.FileSystemError.NoPermissions(error.message);
    case 'cancelled':
      return new vscode.CancellationError();
    default:
      return vscode.FileSystemError.Unavailable(error.message);
  }
}
