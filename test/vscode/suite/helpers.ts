import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { DockhandApi } from '../../../src/api';
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
