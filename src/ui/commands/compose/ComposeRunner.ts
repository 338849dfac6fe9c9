import * as path from 'node:path';
import * as vscode from 'vscode';
import { UserError } from '../../../shared/UserError';
import { composeArgs, type ComposeOptions, type ComposeVerb } from '../../../compose/composeArgs';
import { detectComposeCli, type ComposeCli } from '../../../compose/composeCli';
import { runInTerminal, type ProcessRun } from '../../terminals/ProcessTerminal';
import { runProgram } from '../../../compose/runProgram';

/** Runs compose commands for files: in a terminal, or captured for `config`. */
export class ComposeRunner {
  private cli: Promise<ComposeCli> | undefined;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    /** The environment compose runs in: DOCKER_HOST and TLS variables of the engine Dockhand uses. */
    private readonly env: () => NodeJS.ProcessEnv,
  ) {}

  /** Finds compose once; looks again after a failure (it may have been installed meanwhile). */
  private detect(): Promise<ComposeCli> {
    this.cli ??= detectComposeCli(runProgram).then(
      cli => {
        this.log.info(`Compose: ${cli.command.join(' ')} ${cli.version}`);
        return cli;
      },
      (err: unknown) => {
        this.cli = undefined;
        throw err;
      },
    );
    return this.cli;
  }

  async run(verb: ComposeVerb, file: string, options: ComposeOptions = {}): Promise<ProcessRun> {
    const cli = await this.detect();
    const { program, args, cwd } = composeArgs(cli, file, verb, { profiles: profiles(), ...options });
    const scope = options.services?.length ? ` ${options.services.join(', ')}` : '';
    return runInTerminal(`compose ${verb}${scope} · ${path.basename(cwd)}`, program, args, cwd, this.env());
  }

  /** The resolved file, as `compose config` prints it. */
  async config(file: string): Promise<string> {
    const cli = await this.detect();
    const { program, args } = composeArgs(cli, file, 'config', { profiles: profiles() });
    const { code, stdout } = await runProgram(program, args, this.env());
    if (code !== 0) {
      throw new UserError(`compose config failed for ${file} (exit code ${code}): check the file's diagnostics.`, 'failed');
    }
    return stdout;
  }
}

function profiles(): string[] {
  return vscode.workspace.getConfiguration('dockhand.compose').get<string[]>('profiles', []);
}
