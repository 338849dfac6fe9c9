import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { detectProjects } from '../../../scaffold/detectProjects';
import { portProblem, type Answers, type Question, type ScaffoldPlan } from '../../../scaffold/ScaffoldPlan';
import { UserError } from '../../../shared/UserError';
import type { CommandDeps } from '../shared/CommandDeps';

/** What the command wrote, for callers and tests; undefined when the user cancelled. */
export interface ScaffoldResult {
  readonly folder: string;
  readonly stack: ScaffoldPlan['stack'];
  /** Absolute paths of the files written. */
  readonly written: readonly string[];
  /** Existing files the user chose to keep. */
  readonly kept: readonly string[];
}

const composeNames = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/**
 * `dockhand.scaffold([folderUri])`: detects the project's stack, asks only what detection left
 * open, shows what it will write, asks per existing file whether to overwrite it, and writes a
 * Dockerfile, .dockerignore and compose file. It reads and writes files and runs nothing, so it
 * works in Restricted Mode too.
 */
export async function addDockerFiles(deps: CommandDeps, ...args: unknown[]): Promise<ScaffoldResult | undefined> {
  const root = await rootFolder(deps, args[0]);
  if (!root) {
    return undefined;
  }
  const plans = detectProjects(root.fsPath);
  if (!plans.length) {
    throw new UserError(
      vscode.l10n.t(
        'No project found in {0}. Dockhand recognizes Node.js (package.json), Python (requirements.txt, pyproject.toml, Pipfile), ' +
          'Go (go.mod), Java (pom.xml, build.gradle), .NET (*.csproj) and static sites (index.html).',
        root.fsPath,
      ),
      'notFound',
    );
  }
  const plan = plans.length === 1 ? plans[0] : await pickPlan(deps, root.fsPath, plans);
  if (!plan) {
    return undefined;
  }
  const answers = await ask(deps, plan.questions);
  if (!answers) {
    return undefined;
  }
  const files = plan.generate(answers);
  const composeName = composeNames.find(name => exists(plan.folder, name)) ?? 'compose.yaml';
  const targets = [
    { name: 'Dockerfile', text: files.dockerfile },
    { name: '.dockerignore', text: files.dockerignore },
    { name: composeName, text: files.compose },
  ];
  const where = path.relative(root.fsPath, plan.folder) || path.basename(plan.folder);
  const listing = targets.map(
    t => `${t.name}${exists(plan.folder, t.name) ? vscode.l10n.t(' (exists: you choose)') : vscode.l10n.t(' (new)')}`,
  );
  const confirmed = await deps.dialogs.showInformationMessage(
    vscode.l10n.t('Add Docker files for the {0} project in {1}?', plan.label, where),
    {
      modal: true,
      detail: [...plan.facts.map(f => `• ${f}`), `• ${stagesOf(files.dockerfile)}`, '', vscode.l10n.t('Files:'), ...listing].join('\n'),
    },
    vscode.l10n.t('Add Files'),
  );
  if (!confirmed) {
    return undefined;
  }
  const toWrite: typeof targets = [];
  const kept: string[] = [];
  for (const target of targets) {
    if (exists(plan.folder, target.name)) {
      const overwrite = vscode.l10n.t('Overwrite');
      const skip = vscode.l10n.t('Skip');
      const choice = await deps.dialogs.showWarningMessage(
        vscode.l10n.t('{0} already exists in {1}. Overwrite it?', target.name, where),
        { modal: true, detail: vscode.l10n.t('Skip keeps your file as it is.') },
        overwrite,
        skip,
      );
      if (choice === undefined) {
        return undefined; // cancelled: nothing has been written yet
      }
      if (choice === skip) {
        kept.push(path.join(plan.folder, target.name));
        continue;
      }
    }
    toWrite.push(target);
  }
  const written: string[] = [];
  for (const target of toWrite) {
    const file = path.join(plan.folder, target.name);
    await vscode.workspace.fs.writeFile(vscode.Uri.file(file), Buffer.from(target.text, 'utf8'));
    written.push(file);
  }
  if (written.length) {
    const dockerfile = written.find(f => path.basename(f) === 'Dockerfile') ?? written[0];
    await vscode.window.showTextDocument(vscode.Uri.file(dockerfile), { preview: false });
    void deps.dialogs.showInformationMessage(vscode.l10n.t('Added {0} to {1}.', written.map(f => path.basename(f)).join(', '), where));
  } else {
    void deps.dialogs.showInformationMessage(vscode.l10n.t('Kept every existing file in {0}; nothing was written.', where));
  }
  return { folder: plan.folder, stack: plan.stack, written, kept };
}

/** "node:24-alpine (build) → node:24-alpine (runtime)": the stages the Dockerfile will have. */
function stagesOf(dockerfile: string): string {
  const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)].map(m => (m[2] ? `${m[1]} (${m[2]})` : m[1]));
  return vscode.l10n.t('images: {0}', stages.join(' → '));
}

function exists(folder: string, name: string): boolean {
  return fs.existsSync(path.join(folder, name));
}

/** The folder from the Explorer's context menu, the only workspace folder, or the one the user picks. */
async function rootFolder(deps: CommandDeps, arg: unknown): Promise<vscode.Uri | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' && arg ? vscode.Uri.file(arg) : undefined;
  if (uri) {
    if (uri.scheme !== 'file') {
      throw new UserError(vscode.l10n.t('Add Docker Files works on folders on this machine, not on {0}.', uri.toString()));
    }
    return uri;
  }
  const folders = (vscode.workspace.workspaceFolders ?? []).filter(f => f.uri.scheme === 'file');
  if (!folders.length) {
    throw new UserError(vscode.l10n.t('Open a folder first: Add Docker Files writes into the project it finds there.'), 'notFound');
  }
  if (folders.length === 1) {
    return folders[0].uri;
  }
  const picked = await deps.dialogs.showQuickPick(
    folders.map(f => ({ label: f.name, description: f.uri.fsPath, uri: f.uri })),
    { placeHolder: vscode.l10n.t('Add Docker files to which workspace folder?') },
  );
  return picked?.uri;
}

/** A monorepo has several projects: the user picks one. */
async function pickPlan(deps: CommandDeps, root: string, plans: readonly ScaffoldPlan[]): Promise<ScaffoldPlan | undefined> {
  const picked = await deps.dialogs.showQuickPick(
    plans.map(plan => ({ label: path.relative(root, plan.folder) || '.', description: plan.label, plan })),
    { placeHolder: vscode.l10n.t('Several projects found: which one gets Docker files?') },
  );
  return picked?.plan;
}

/** Asks what detection left open, in order; undefined when the user cancels one. */
async function ask(deps: CommandDeps, questions: readonly Question[]): Promise<Answers | undefined> {
  const answers: Answers = {};
  for (const question of questions) {
    let answer: string | undefined;
    if (question.choices) {
      answer = await deps.dialogs.showQuickPick([...question.choices], { placeHolder: question.prompt });
    } else {
      answer = await deps.dialogs.showInputBox({
        prompt: question.prompt,
        placeHolder: question.placeHolder,
        value: question.value,
        validateInput: text =>
          question.id === 'port'
            ? portProblem(text, question.optional ?? false)
            : text.trim()
              ? undefined
              : vscode.l10n.t('Enter a value.'),
      });
    }
    if (answer === undefined) {
      return undefined;
    }
    const problem = question.id === 'port' ? portProblem(answer, question.optional ?? false) : undefined;
    if (problem) {
      throw new UserError(problem);
    }
    answers[question.id] = answer.trim();
  }
  return answers;
}
