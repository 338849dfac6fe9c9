import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { imageTargets } from './imageTargets';

/** Puts the full `repo:tag` (or the image id) on the clipboard. */
export async function copyImageTag(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [target] = await imageTargets(deps, args, { many: false });
  if (!target) {
    return undefined;
  }
  await vscode.env.clipboard.writeText(target.ref);
  return target.ref;
}
