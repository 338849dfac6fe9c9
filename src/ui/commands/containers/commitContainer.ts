import * as vscode from 'vscode';
import type { CommandDeps } from '../shared/CommandDeps';
import { withCancellableProgress } from '../shared/withProgress';
import { containerTarget } from './containerTargets';
import { parseImageReference } from '../../../shared/imageReference';
import { imageReferenceInputProblem } from '../shared/imageReferenceInput';
import { UserError } from '../../../shared/UserError';

/** What callers may pass instead of answering the input boxes. */
export interface CommitArguments {
  readonly repo: string;
  readonly tag?: string;
  readonly author?: string;
  readonly message?: string;
}

function commitArguments(value: unknown): CommitArguments | undefined {
  return value && typeof value === 'object' && typeof (value as { repo?: unknown }).repo === 'string'
    ? (value as CommitArguments)
    : undefined;
}

/** Asks for `repo:tag`, author and message; undefined when the user cancels. */
async function askCommitArguments(deps: CommandDeps, name: string): Promise<CommitArguments | undefined> {
  const reference = await deps.dialogs.showInputBox({
    title: vscode.l10n.t('Commit "{0}" to an image (1/3)', name),
    prompt: vscode.l10n.t('Image name and tag, e.g. me/app:snapshot'),
    validateInput: imageReferenceInputProblem,
  });
  if (!reference) {
    return undefined;
  }
  const author = await deps.dialogs.showInputBox({
    title: vscode.l10n.t('Commit "{0}" to an image (2/3)', name),
    prompt: vscode.l10n.t('Author (optional)'),
  });
  if (author === undefined) {
    return undefined;
  }
  const message = await deps.dialogs.showInputBox({
    title: vscode.l10n.t('Commit "{0}" to an image (3/3)', name),
    prompt: vscode.l10n.t('Commit message (optional)'),
  });
  if (message === undefined) {
    return undefined;
  }
  const { repository, tag } = parseImageReference(reference);
  return { repo: repository, tag, author: author || undefined, message: message || undefined };
}

/** `docker commit`: `(target, { repo, tag, author, message })` from callers; resolves to the new image id. */
export async function commitContainer(deps: CommandDeps, ...args: unknown[]) {
  const target = await containerTarget(deps, args);
  if (!target) {
    return undefined;
  }
  const given = commitArguments(args[1]);
  const options = given ?? (await askCommitArguments(deps, target.name));
  if (!options) {
    return undefined;
  }
  const reference = options.tag ? `${options.repo}:${options.tag}` : options.repo;
  const problem = imageReferenceInputProblem(reference);
  if (problem) {
    throw new UserError(problem);
  }
  const imageId = await withCancellableProgress(vscode.l10n.t('Committing {0} to {1}', target.name, reference), signal =>
    deps.engine().commitContainer(target.id, options, signal),
  );
  void deps.trees.images.reload();
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Committed {0} to {1}.', target.name, reference));
  return imageId;
}
