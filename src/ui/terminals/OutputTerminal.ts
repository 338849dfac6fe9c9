import * as vscode from 'vscode';
import { toTerminalLineEnds } from './terminalOutput';

/** A write-only terminal for streamed output (a build's log), kept open until a key is pressed. */
export class OutputTerminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<void>();
  private finished = false;
  private readonly ready: Promise<void>;
  readonly terminal: vscode.Terminal;

  constructor(name: string) {
    let opened: () => void = () => undefined;
    this.ready = new Promise(resolve => (opened = resolve));
    this.terminal = vscode.window.createTerminal({
      name,
      pty: {
        onDidWrite: this.written.event,
        onDidClose: this.closed.event,
        open: () => opened(),
        close: () => this.dispose(),
        handleInput: () => {
          if (this.finished) {
            this.closed.fire();
          }
        },
      },
    });
    this.terminal.show(true);
  }

  /** Writes lines once the terminal has opened (text written earlier would be lost). */
  writeLine(text: string): void {
    void this.ready.then(() => this.written.fire(`${toTerminalLineEnds(text)}\r\n`));
  }

  /** Marks the output complete: the next key press closes the terminal. */
  finish(message: string): void {
    this.writeLine(`\r\n${message}`);
    this.finished = true;
  }

  private dispose(): void {
    this.written.dispose();
    this.closed.dispose();
  }
}
