// Terminal helpers of the vscode tier: when a terminal has closed, and what the browser shows in it.
import * as vscode from 'vscode';
import { askPage } from './page';

/** Resolves once the terminal has closed (at once if it already has). */
export function terminalClosed(terminal: vscode.Terminal): Promise<void> {
  return new Promise(resolve => {
    if (terminal.exitStatus) {
      resolve();
      return;
    }
    const subscription = vscode.window.onDidCloseTerminal(closed => {
      if (closed === terminal) {
        subscription.dispose();
        resolve();
      }
    });
  });
}

/** The rows of the active terminal as the browser renders them (xterm's DOM renderer), joined. */
export async function renderedTerminalText(): Promise<string> {
  const [text] = await askPage<string[]>({
    op: 'evaluate',
    expression: "[...document.querySelectorAll('.terminal-wrapper.active .xterm-rows')].map(e => e.innerText).join('\\n')",
  });
  return (text ?? '').replace(/\u00a0/g, ' ');
}
