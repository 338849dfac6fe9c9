import * as fs from 'node:fs';
import { UserError } from '../../../shared/UserError';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SwarmObjectKind } from '../../../engine';
import type { CommandDeps, CommandHandler } from '../shared/CommandDeps';
import { optionsFrom, type CommandOptions } from '../shared/commandOptions';
import { confirmDestructive } from '../shared/confirm';
import { objectTargets } from './swarmTargets';

export interface CreateObjectCommandOptions extends CommandOptions {
  readonly name?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

const objectName = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/;

/**
 * `docker secret|config create`: the content comes from a file (an explorer click passes its Uri;
 * callers may pass a path) or, from an editor, its selection; with neither, a file is asked for.
 * The selection stays in the editor: nothing is cut or changed.
 */
export function createObject(deps: CommandDeps, kind: SwarmObjectKind): CommandHandler {
  return async (...args) => {
    const options = optionsFrom<CreateObjectCommandOptions>(args);
    const source = await contentSource(deps, args[0]);
    if (!source) {
      return undefined;
    }
    const name =
      options.name ??
      (await deps.dialogs.showInputBox({
        prompt: kind === 'secret' ? vscode.l10n.t('Secret name') : vscode.l10n.t('Config name'),
        value: source.suggestedName.replace(/[^a-zA-Z0-9_.-]+/g, '_').replace(/^[^a-zA-Z0-9]+/, ''),
        ignoreFocusOut: true,
        validateInput: v =>
          objectName.test(v) ? undefined : vscode.l10n.t('Use letters, digits, _ . - (starting with a letter or digit).'),
      }));
    if (!name) {
      return undefined;
    }
    if (!objectName.test(name)) {
      throw new UserError(vscode.l10n.t('"{0}" is not a valid name: use letters, digits, _ . - (starting with a letter or digit).', name));
    }
    if (!source.data.length) {
      throw new UserError(vscode.l10n.t('{0} is empty: a {1} needs content.', source.suggestedName, kind));
    }
    const id = await deps.engine().createSwarmObject(kind, { name, data: source.data, labels: options.labels });
    await deps.trees.swarm.reload();
    return { id, name };
  };
}

async function contentSource(deps: CommandDeps, target: unknown): Promise<{ data: Buffer; suggestedName: string } | undefined> {
  const editor = vscode.window.activeTextEditor;
  const targetUri = target instanceof vscode.Uri ? target : typeof target === 'string' && target ? vscode.Uri.file(target) : undefined;
  const selected =
    editor && !editor.selection.isEmpty && (!targetUri || targetUri.toString() === editor.document.uri.toString())
      ? editor.document.getText(editor.selection)
      : undefined;
  if (selected) {
    return { data: Buffer.from(selected, 'utf8'), suggestedName: path.parse(editor?.document.fileName ?? 'selection').name };
  }
  let uri = targetUri;
  if (!uri) {
    uri = (await deps.dialogs.showOpenDialog({ canSelectMany: false, openLabel: vscode.l10n.t('Use This File') }))?.[0];
  }
  if (!uri) {
    return undefined;
  }
  return { data: await fs.promises.readFile(uri.fsPath), suggestedName: path.basename(uri.fsPath) };
}

/** The engine's document; a secret's never holds its value (the engine does not return it). */
export function inspectObject(deps: CommandDeps, kind: SwarmObjectKind): CommandHandler {
  return async (...args) => {
    const [target] = await objectTargets(deps, kind, args);
    if (!target) {
      return undefined;
    }
    const raw = await deps.engine().inspectSwarmObject(kind, target.id);
    const text = JSON.stringify(kind === 'config' ? withDecodedData(raw) : raw, null, 2);
    await deps.documents.show(`${target.name}.${kind}.json`, text, 'json');
    return text;
  };
}

/** A config's content is base64 in the engine's JSON; the document shows it readable too. */
function withDecodedData(raw: Record<string, unknown>): Record<string, unknown> {
  const spec = raw.Spec as { Data?: unknown } | undefined;
  if (typeof spec?.Data !== 'string') {
    return raw;
  }
  return { ...raw, Spec: { ...spec, DataText: Buffer.from(spec.Data, 'base64').toString('utf8') } };
}

export function removeObject(deps: CommandDeps, kind: SwarmObjectKind): CommandHandler {
  return async (...args) => {
    const options = optionsFrom<CommandOptions>(args);
    const [target] = await objectTargets(deps, kind, args);
    if (!target) {
      return undefined;
    }
    const remove = vscode.l10n.t('Remove');
    const question =
      kind === 'secret' ? vscode.l10n.t('Remove the secret {0}?', target.name) : vscode.l10n.t('Remove the config {0}?', target.name);
    const detail = vscode.l10n.t(
      'Its content cannot be recovered from the swarm. One a service still uses is kept, and the engine names the service.',
    );
    if ((await confirmDestructive(deps.dialogs, options, question, detail, remove)) !== remove) {
      return undefined;
    }
    await deps.engine().removeSwarmObject(kind, target.id);
    await deps.trees.swarm.reload();
    return target;
  };
}
