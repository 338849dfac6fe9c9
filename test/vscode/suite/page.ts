// Asks the runner about the workbench page the browser shows (test/vscode/pageBridge.ts).
import * as vscode from 'vscode';
import { eventually } from '../../support/eventually';
import type { PageRequest } from '../pageBridge';

export async function askPage<T = unknown>(request: PageRequest): Promise<T> {
  const url = process.env.DOCKHAND_PAGE_BRIDGE;
  if (!url) {
    throw new Error('DOCKHAND_PAGE_BRIDGE is not set: this runner does not drive a browser page (desktop VS Code)');
  }
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(request) });
  const body = (await response.json()) as { value?: T; error?: string };
  if (!response.ok) {
    throw new Error(`the page bridge refused ${request.op}: ${body.error ?? response.status}`);
  }
  return body.value as T;
}

/** The text the browser renders for `selector` once it is visible. */
export function renderedText(selector: string, timeoutMs?: number): Promise<string> {
  return askPage<string>({ op: 'waitFor', selector, ...(timeoutMs ? { timeoutMs } : {}) });
}

/**
 * Clicks the first tree or list row whose label is `label` (as a user would: a folder expands,
 * a file opens); resolves to whether such a row was shown.
 */
export async function clickRow(label: string): Promise<boolean> {
  const [clicked] = await askPage<boolean[]>({
    op: 'evaluate',
    expression: `(() => {
      const row = [...document.querySelectorAll('.monaco-list-row')]
        .find(r => r.querySelector('.label-name')?.textContent === ${JSON.stringify(label)});
      row?.click();
      return Boolean(row);
    })()`,
  });
  return clicked === true;
}

/** The text of each view pane of the sidebar, as the browser renders it (headers upper-cased by CSS). */
export async function paneTexts(): Promise<string[]> {
  const [texts] = await askPage<string[][]>({
    op: 'evaluate',
    expression: '[...document.querySelectorAll(".pane")].map(p => p.innerText)',
  });
  return texts ?? [];
}

/**
 * Shows only `view` of Dockhand's sidebar, widened (a small pane renders only the rows in sight);
 * resolves to what puts the other views and the width back.
 */
export async function showOnly(view: string): Promise<() => Promise<void>> {
  const views = (
    vscode.extensions.getExtension('dockhand.dockhand')?.packageJSON as { contributes: { views: { dockhand: Array<{ id: string }> } } }
  ).contributes.views.dockhand
    .map(v => v.id)
    .filter(id => id !== view);
  // The views' own actions (Hide) exist once their container is open.
  await vscode.commands.executeCommand(`${view}.focus`);
  for (const other of views) {
    await vscode.commands.executeCommand(`${other}.removeView`).then(undefined, () => undefined);
  }
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('notifications.clearAll');
  await vscode.commands.executeCommand(`${view}.focus`);
  for (let i = 0; i < 3; i++) {
    await vscode.commands.executeCommand('workbench.action.increaseViewSize');
  }
  let panes: string[] = [];
  await eventually(async () => (panes = await paneTexts()).length === 1, `the ${view} view alone in the sidebar`).catch((err: unknown) => {
    throw new Error(`${String(err)}; the sidebar showed: ${JSON.stringify(panes.map(p => p.split('\n')[0]))}`);
  });
  return async () => {
    for (let i = 0; i < 3; i++) {
      await vscode.commands.executeCommand('workbench.action.decreaseViewSize');
    }
    for (const other of views) {
      await vscode.commands.executeCommand(`${other}.focus`).then(undefined, () => undefined);
    }
  };
}

/** A README picture: the page with only `view` in the sidebar, written to `file` as PNG. */
export async function screenshotWithOnly(view: string, file: string): Promise<void> {
  const restore = await showOnly(view);
  try {
    await askPage({ op: 'screenshot', path: file });
  } finally {
    await restore();
  }
}
