import * as vscode from 'vscode';

/**
 * Everything a command asks or tells the user: quick picks, input boxes, confirmations, file
 * dialogs and notifications. Commands get it through CommandDeps and never call `vscode.window`
 * for these themselves, so that a test can answer in the user's place and see what was said.
 */
export type Dialogs = Pick<
  typeof vscode.window,
  | 'showQuickPick'
  | 'showInputBox'
  | 'showWarningMessage'
  | 'showInformationMessage'
  | 'showErrorMessage'
  | 'showOpenDialog'
  | 'showSaveDialog'
>;

const members = [
  'showQuickPick',
  'showInputBox',
  'showWarningMessage',
  'showInformationMessage',
  'showErrorMessage',
  'showOpenDialog',
  'showSaveDialog',
] as const;

/**
 * The Dialogs every command uses: VS Code's own, unless a test put a scripted answerer in their
 * place (`api.testing.answerDialogs`), for as long as it holds the returned Disposable. A member
 * the answerer leaves out stays VS Code's.
 */
export class SwappableDialogs {
  private current: Partial<Dialogs> | undefined;
  readonly dialogs: Dialogs;

  constructor() {
    const dialogs: Record<string, unknown> = {};
    for (const name of members) {
      dialogs[name] = (...args: unknown[]) => {
        const own = this.current?.[name] ?? vscode.window[name];
        return (own as (...a: unknown[]) => unknown)(...args);
      };
    }
    this.dialogs = dialogs as unknown as Dialogs;
  }

  answerWith(answerer: Partial<Dialogs>): vscode.Disposable {
    this.current = answerer;
    return new vscode.Disposable(() => {
      if (this.current === answerer) {
        this.current = undefined;
      }
    });
  }
}
