import { StringDecoder } from 'node:string_decoder';
import * as vscode from 'vscode';
import { toEngineError, type ContainerSession } from '../../engine';
import { KeptOutput, toTerminalLineEnds } from './terminalOutput';

/** A shell or attach terminal, for callers that want to drive it (tests). */
export interface SessionRun {
  readonly terminal: vscode.Terminal;
  /** Resolves once VS Code opened the terminal, so that input reaches the process. */
  readonly opened: Promise<void>;
  /** The process's exit code when it ended (undefined for attach, or when the engine did not say). */
  readonly exited: Promise<number | undefined>;
  output(): string;
}

export interface ConnectedSession {
  readonly session: ContainerSession;
  exitCode?(): Promise<number>;
}

/**
 * A VS Code terminal wired to an exec or attach session over the Engine API: keys go to the
 * process's stdin, its output to the terminal, the terminal's size to the TTY. When the process
 * or the container ends, the terminal closes by itself with the exit code.
 */
export function openSessionTerminal(name: string, icon: string, connected: ConnectedSession): SessionRun {
  const { session } = connected;
  const written = new vscode.EventEmitter<string>();
  const closed = new vscode.EventEmitter<number | void>();
  const kept = new KeptOutput();
  const decoder = new StringDecoder('utf8');
  let markOpened: () => void = () => undefined;
  const opened = new Promise<void>(resolve => (markOpened = resolve));
  let settle: (code: number | undefined) => void = () => undefined;
  const exited = new Promise<number | undefined>(resolve => (settle = resolve));
  let open = true;

  const write = (text: string) => {
    kept.add(text);
    if (open) {
      written.fire(toTerminalLineEnds(text));
    }
  };

  const pump = async () => {
    try {
      for await (const chunk of session.output) {
        write(decoder.write(chunk.data));
      }
      write(decoder.end());
    } catch (err) {
      write(`\n${toEngineError(err).message}\n`);
    }
    // The exit code is only known once the output ended; a container that is gone cannot say.
    const code = connected.exitCode ? await connected.exitCode().catch(() => undefined) : undefined;
    settle(code);
    if (open) {
      closed.fire(code ?? 0);
    }
  };

  const pty: vscode.Pseudoterminal = {
    onDidWrite: written.event,
    onDidClose: closed.event,
    open: dimensions => {
      if (dimensions) {
        void session.resize(dimensions.columns, dimensions.rows).catch(() => undefined);
      }
      markOpened();
      void pump();
    },
    close: () => {
      open = false;
      session.close();
      written.dispose();
      closed.dispose();
    },
    handleInput: data => {
      session.input.write(data);
    },
    setDimensions: dimensions => {
      // A resize after the process ended fails; there is nothing left to resize.
      void session.resize(dimensions.columns, dimensions.rows).catch(() => undefined);
    },
  };
  const terminal = vscode.window.createTerminal({ name, pty, iconPath: new vscode.ThemeIcon(icon) });
  terminal.show();
  return { terminal, opened, exited, output: () => kept.value };
}
