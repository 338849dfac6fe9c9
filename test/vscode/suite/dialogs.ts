// A scripted user for the vscode tier: answers Dockhand's quick picks, input boxes and
// confirmations through the API's test seam, and records every question and notification.
import type * as vscode from 'vscode';
import { Uri } from 'vscode';
import type { Dialogs } from '../../../src/ui/Dialogs';
import { testing } from './helpers';

export interface Question {
  readonly kind: 'pick' | 'input' | 'warning' | 'information' | 'error' | 'open' | 'save';
  /** The message of a warning/information/error, or the placeholder/title/prompt of a pick or input box. */
  readonly text: string;
  /** A modal's detail. */
  readonly detail?: string;
  readonly modal?: boolean;
  /** The labels offered: quick pick items or message buttons. */
  readonly choices: readonly string[];
  readonly canPickMany?: boolean;
}

/** An answer: a label (or labels when many may be picked), an input's text, a file path, or undefined (Escape). */
export type Answer = string | readonly string[] | undefined;

export interface ScriptedUser extends vscode.Disposable {
  /** Every question and notification so far, oldest first. */
  readonly asked: readonly Question[];
}

const labelOf = (item: string | vscode.QuickPickItem | vscode.MessageItem): string =>
  typeof item === 'string' ? item : 'label' in item ? item.label : item.title;

/** Puts `answer` in the user's place until disposed. Notifications are recorded and answered with undefined. */
export async function scriptedUser(answer: (question: Question) => Answer): Promise<ScriptedUser> {
  const asked: Question[] = [];
  const ask = (question: Question): Answer => {
    asked.push(question);
    return answer(question);
  };
  const message =
    (kind: 'warning' | 'information' | 'error') =>
    async (text: string, ...rest: unknown[]) => {
      const options = rest[0] && typeof rest[0] === 'object' && !('title' in rest[0]) ? (rest.shift() as vscode.MessageOptions) : undefined;
      const items = rest as Array<string | vscode.MessageItem>;
      const question: Question = { kind, text, detail: options?.detail, modal: options?.modal ?? false, choices: items.map(labelOf) };
      if (!question.modal && items.length === 0) {
        asked.push(question);
        return undefined;
      }
      const chosen = ask(question);
      return items.find(i => labelOf(i) === chosen);
    };
  const answerer: Partial<Dialogs> = {
    showQuickPick: (async (
      items: ReadonlyArray<string | vscode.QuickPickItem> | Thenable<ReadonlyArray<string | vscode.QuickPickItem>>,
      options?: vscode.QuickPickOptions,
    ) => {
      const offered = await items;
      const chosen = ask({
        kind: 'pick',
        text: options?.placeHolder ?? options?.title ?? '',
        choices: offered.map(labelOf),
        canPickMany: options?.canPickMany ?? false,
      });
      if (chosen === undefined) {
        return undefined;
      }
      const wanted = typeof chosen === 'string' ? [chosen] : chosen;
      const picked = offered.filter(i => wanted.includes(labelOf(i)));
      return options?.canPickMany ? picked : picked[0];
    }) as unknown as Dialogs['showQuickPick'],
    showInputBox: async (options?: vscode.InputBoxOptions) => {
      const chosen = ask({ kind: 'input', text: options?.title ?? options?.prompt ?? '', choices: [] });
      return typeof chosen === 'string' ? chosen : undefined;
    },
    showOpenDialog: async (options?: vscode.OpenDialogOptions) => {
      const chosen = ask({ kind: 'open', text: options?.title ?? '', choices: [], canPickMany: options?.canSelectMany ?? false });
      const paths = chosen === undefined ? [] : typeof chosen === 'string' ? [chosen] : chosen;
      return paths.length ? paths.map(p => Uri.file(p)) : undefined;
    },
    showSaveDialog: async (options?: vscode.SaveDialogOptions) => {
      const chosen = ask({ kind: 'save', text: options?.title ?? '', choices: [] });
      return typeof chosen === 'string' ? Uri.file(chosen) : undefined;
    },
    showWarningMessage: message('warning'),
    showInformationMessage: message('information'),
    showErrorMessage: message('error'),
  };
  const seam = (await testing()).answerDialogs(answerer);
  return { asked, dispose: () => seam.dispose() };
}
