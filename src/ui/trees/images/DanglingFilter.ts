import * as vscode from 'vscode';

const stateKey = 'dockhand.images.hideDangling';

/**
 * Whether the images view hides dangling images: remembered across sessions, and mirrored in a
 * context key so that the view's title shows the matching Show/Hide button.
 */
export class DanglingFilter {
  constructor(private readonly memento: vscode.Memento) {
    void this.publish();
  }

  get hidden(): boolean {
    return this.memento.get<boolean>(stateKey, false);
  }

  async setHidden(hidden: boolean): Promise<void> {
    await this.memento.update(stateKey, hidden);
    await this.publish();
  }

  private async publish(): Promise<void> {
    await vscode.commands.executeCommand('setContext', stateKey, this.hidden);
  }
}
