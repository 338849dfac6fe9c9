import { spawn, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import { KeptOutput, toTerminalLineEnds } from './terminalOutput';

/** A program running in a VS Code terminal, with its exit code and the tail of its output. */
export interface ProcessRun {
  readonly terminal: vscode.Terminal;
  /** Resolves when the program exits (-1 when it could not start). */
  readonly exitCode: Promise<number>;
  /** The last part of what it printed, stdout and stderr interleaved. */
  output(): string;
}

/**
 * Runs `program args…` in a terminal of its own, without a shell: arguments reach the program
 * exactly as given, so names like `a;b$(x)` are just names. Closing the terminal stops the
 * program; after it exits the terminal stays open until a key is pressed, so output can be read.
 */
export function runInTerminal(
  name: string,
  program: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): ProcessRun {
  const written = new vscode.EventEmitter<string>();
  const closed = new vscode.EventEmitter<number | void>();
  let child: ChildProcess | undefined;
  let exited = false;
  const kept = new KeptOutput();
  let settle: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>(resolve => (settle = resolve));

  const write = (text: string) => {
    kept.add(text);
    written.fire(toTerminalLineEnds(text));
  };
  const pty: vscode.Pseudoterminal = {
    onDidWrite: written.event,
    onDidClose: closed.event,
    open: () => {
      write(`$ ${[program, ...args].map(quoteForDisplay).join(' ')}\n`);
      child = spawn(program, [...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.setEncoding('utf8').on('data', write);
      child.stderr?.setEncoding('utf8').on('data', write);
      child.on('error', err => {
        write(`\n${err.message}\n`);
        exited = true;
        settle(-1);
      });
      child.on('close', code => {
        exited = true;
        write(`\n[${program} exited with code ${code ?? -1}; press any key to close this terminal]\n`);
        settle(code ?? -1);
      });
    },
    close: () => {
      if (!exited) {
        child?.kill('SIGTERM');
      }
      written.dispose();
      closed.dispose();
    },
    handleInput: () => {
      if (exited) {
        closed.fire();
      }
    },
  };
  const terminal = vscode.window.createTerminal({ name, pty });
  terminal.show(true);
  return { terminal, exitCode, output: () => kept.value };
}

/** Shows an argument as a shell user would type it; display only, nothing is run by a shell. */
function quoteForDisplay(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
