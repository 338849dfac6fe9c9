import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { buildHistoryEntries, defaultTagFor, parseBuildSteps, type BuildHistoryEntry } from './buildSteps';
import { OutputTerminal } from '../../terminals/OutputTerminal';
import { runDetached, type RunCommandOptions } from './runImage';

/** What the CodeLens and other callers pass: `{}` for the whole file, `{ target }` for a stage. */
export interface BuildCommandOptions {
  readonly target?: string;
  readonly tag?: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly labels?: Readonly<Record<string, string>>;
  readonly noCache?: boolean;
}

export interface BuildCommandResult {
  readonly imageId: string;
  readonly tag: string;
  /** The built image's history, newest first, as sent to the language server. */
  readonly history: readonly BuildHistoryEntry[];
}

/** `dockhand.images.buildFromDockerfile(dockerfileUri, options?)`: a classic build of the Dockerfile's folder. */
export async function buildFromDockerfile(deps: CommandDeps, ...args: unknown[]): Promise<BuildCommandResult | undefined> {
  const dockerfile = await dockerfileFrom(deps, args[0]);
  if (!dockerfile) {
    return undefined;
  }
  const second = args[1];
  const options: BuildCommandOptions = second && typeof second === 'object' && !Array.isArray(second) ? second : {};
  return build(deps, dockerfile, options);
}

/** `dockhand.images.runFromDockerfile(dockerfileUri)`: builds, then runs the image detached. */
export async function runFromDockerfile(
  deps: CommandDeps,
  ...args: unknown[]
): Promise<{ build: BuildCommandResult; run: unknown } | undefined> {
  const dockerfile = await dockerfileFrom(deps, args[0]);
  if (!dockerfile) {
    return undefined;
  }
  const second = args[1];
  const options = (second && typeof second === 'object' && !Array.isArray(second) ? second : {}) as BuildCommandOptions & RunCommandOptions;
  const built = await build(deps, dockerfile, options);
  return { build: built, run: await runDetached(deps, built.tag, options) };
}

async function build(deps: CommandDeps, dockerfile: vscode.Uri, options: BuildCommandOptions): Promise<BuildCommandResult> {
  const context = path.dirname(dockerfile.fsPath);
  const tag = options.tag ?? defaultTagFor(path.basename(context));
  const output = new OutputTerminal(vscode.l10n.t('Build {0}', tag));
  const lines: string[] = [];
  output.writeLine(
    `# ${vscode.l10n.t('Building {0} from {1}{2}', tag, dockerfile.fsPath, options.target ? ` (target ${options.target})` : '')}`,
  );
  let result;
  try {
    result = await withCancellableProgress(vscode.l10n.t('Building {0}', tag), (signal, report) =>
      deps.engine().buildImage(
        {
          context,
          dockerfile: path.basename(dockerfile.fsPath),
          tags: [tag],
          target: options.target,
          buildArgs: options.buildArgs,
          labels: options.labels,
          noCache: options.noCache,
          onOutput: out => {
            if (out.kind === 'log') {
              lines.push(out.text);
              output.writeLine(out.text);
              if (/^Step \d+\/\d+ :/.test(out.text)) {
                report(out.text);
              }
            } else {
              report(`${out.progress.status} ${out.progress.id ?? ''}`.trim());
            }
          },
        },
        signal,
      ),
    );
  } catch (err) {
    output.finish(vscode.l10n.t('[build failed: {0}]', err instanceof Error ? err.message : String(err)));
    throw err;
  }
  output.finish(vscode.l10n.t('[built {0}; press any key to close this terminal]', tag));
  const history = buildHistoryEntries(await deps.engine().imageHistory(result.imageId), parseBuildSteps(lines));
  await deps.builds.record(result.imageId, dockerfile);
  // The inlay hints and the Explore Layers lens are a bonus: a language server that is not up must not fail the build.
  await deps
    .sendBuildHistory(dockerfile, { entries: history, image: { id: result.imageId, tag } })
    .catch((err: unknown) => deps.log.warn(`Could not send the build history: ${String(err)}`));
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Built {0}.', tag));
  await deps.trees.images.reload();
  return { imageId: result.imageId, tag, history };
}

/** The Dockerfile from a Uri (explorer menu), a URI string (CodeLens), the active editor, or a file picker. */
async function dockerfileFrom(deps: CommandDeps, arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) {
    return arg;
  }
  if (typeof arg === 'string' && arg) {
    return /^[a-z][\w+.-]*:/i.test(arg) && !/^[a-z]:\\/i.test(arg) ? vscode.Uri.parse(arg) : vscode.Uri.file(arg);
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active && (active.languageId === 'dockerfile' || /dockerfile/i.test(path.basename(active.uri.fsPath)))) {
    return active.uri;
  }
  const found = await vscode.workspace.findFiles('**/{Dockerfile,*.Dockerfile,Dockerfile.*}', '**/node_modules/**', 50);
  const picked = await deps.dialogs.showQuickPick(
    found.map(uri => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { placeHolder: vscode.l10n.t('Choose a Dockerfile') },
  );
  return picked?.uri;
}
