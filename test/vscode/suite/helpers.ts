import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { DockhandApi, TestingSeams } from '../../../src/api';
import type { ReportedError } from '../../../src/ui/ErrorReports';
import { repoRoot } from '../../support/fixtures';

export async function dockhand(): Promise<DockhandApi> {
  const extension = vscode.extensions.getExtension<DockhandApi>('dockhand.dockhand');
  if (!extension) {
    throw new Error('Dockhand is not installed in this VS Code');
  }
  return extension.activate();
}

/** Resolves once `provider`'s root children satisfy `predicate`, checking after each change. */
export async function childrenWhen<T>(
  provider: vscode.TreeDataProvider<T>,
  predicate: (children: T[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<T[]> {
  const check = async () => {
    const children = (await provider.getChildren()) ?? [];
    return predicate(children) ? children : undefined;
  };
  const now = await check();
  if (now) {
    return now;
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription?.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const subscription = provider.onDidChangeTreeData?.(() => {
      void check().then(children => {
        if (children) {
          clearTimeout(timer);
          subscription?.dispose();
          resolve(children);
        }
      });
    });
  });
}

const run = promisify(execFile);

/** Stops or starts the real local dockerd (scripts/dockerd.sh). */
export async function dockerd(action: 'start' | 'stop'): Promise<void> {
  await run('bash', [path.join(repoRoot, 'scripts', 'dockerd.sh'), action], { timeout: 90_000 });
}

/** Resolves with a document's diagnostics once `predicate` holds for them (waits on change events). */
export function diagnosticsWhen(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (predicate(now)) {
    return Promise.resolve(now);
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(
        new Error(
          `diagnostics for ${uri.toString()} never matched; last: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(d => d.message))}`,
        ),
      );
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics(e => {
      if (e.uris.some(u => u.toString() === uri.toString())) {
        const current = vscode.languages.getDiagnostics(uri);
        if (predicate(current)) {
          clearTimeout(timer);
          subscription.dispose();
          resolve(current);
        }
      }
    });
  });
}

/** The diagnostic's code as a string, whatever form the client gave it. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Writes a file into the test workspace and opens it in an editor. */
export async function openWorkspaceFile(relative: string, text: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('the tests run with a workspace folder open');
  }
  const uri = vscode.Uri.joinPath(folder.uri, relative);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** Runs `action` and returns what commands reported meanwhile (in order). */
export async function reportsDuring(action: () => Thenable<unknown>): Promise<{ result: unknown; reports: ReportedError[] }> {
  const api = await dockhand();
  const reports: ReportedError[] = [];
  const watching = api.reportedErrors.onDidReport(report => reports.push(report));
  try {
    return { result: await action(), reports };
  } finally {
    watching.dispose();
  }
}

/**
 * Runs a command that must fail and returns the one error it reported (the command resolves to
 * undefined); fails when it reported none, several, or another command's.
 */
export async function reportedBy(command: string, ...args: unknown[]): Promise<ReportedError> {
  const { result, reports } = await reportsDuring(() => vscode.commands.executeCommand(command, ...args));
  assert.equal(result, undefined, `${command} returned instead of reporting a failure`);
  assert.deepEqual(
    reports.map(r => r.command),
    [command],
    `${command} reported: ${JSON.stringify(reports)}`,
  );
  return reports[0];
}

/** The test seams of the running Dockhand (present when VS Code runs extension tests). */
export async function testing(): Promise<TestingSeams> {
  const seams = (await dockhand()).testing;
  assert.ok(seams, 'Dockhand exposes its test seams in an extension test run');
  return seams;
}

/** Resolves once `check` holds, checking after each configuration change. */
export function configurationWhen(check: () => boolean, what: string): Promise<void> {
  if (check()) {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, 30_000);
    const listener = vscode.workspace.onDidChangeConfiguration(() => {
      if (check()) {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  });
}
