// Reading the Swarm view as its provider serves it: every row with its tree item, and a wait
// until the rows satisfy a condition (re-checked on each change of the view, never by sleeping).
import type * as vscode from 'vscode';
import type { SwarmViewNode } from '../../../src/ui/trees/swarm/swarmNodes';
import { dockhand } from './helpers';

export interface SwarmRow {
  readonly node: SwarmViewNode;
  readonly item: vscode.TreeItem;
  readonly label: string;
  readonly description: string;
}

export async function swarmRows(): Promise<SwarmRow[]> {
  const tree = (await dockhand()).trees.swarm;
  const rows: SwarmRow[] = [];
  const walk = async (nodes: SwarmViewNode[]) => {
    for (const node of nodes) {
      const item = tree.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      rows.push({ node, item, label, description: String(item.description ?? '') });
      await walk(await tree.getChildren(node));
    }
  };
  await walk(await tree.getChildren());
  return rows;
}

export async function swarmRowsWhen(predicate: (rows: SwarmRow[]) => boolean, what: string, timeoutMs = 90_000): Promise<SwarmRow[]> {
  const tree = (await dockhand()).trees.swarm;
  let last: SwarmRow[] = [];
  const check = async () => {
    last = await swarmRows();
    return predicate(last) ? last : undefined;
  };
  const now = await check();
  if (now) {
    return now;
  }
  return new Promise((resolve, reject) => {
    let checking = Promise.resolve();
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}; the view showed:\n${last.map(r => `${r.label} — ${r.description}`).join('\n')}`));
    }, timeoutMs);
    const subscription = tree.onDidChangeTreeData(() => {
      checking = checking.then(async () => {
        const rows = await check();
        if (rows) {
          clearTimeout(timer);
          subscription.dispose();
          resolve(rows);
        }
      });
    });
  });
}
