import * as vscode from 'vscode';
import type { ErrorReports } from '../ErrorReports';
import { requireTrust } from '../trust';
import { trustedCommandIds } from './trustedCommandIds';
import { composeCommandTable } from './compose/composeCommandTable';
import type { CommandId } from './commandIds';
import { containersCommandTable } from './containers/containersCommandTable';
import { contextsCommandTable } from './contexts/contextsCommandTable';
import { coreCommandTable } from './coreCommandTable';
import { engineConfigCommandTable } from './engineConfig/engineConfigCommandTable';
import { filesCommandTable } from './files/filesCommandTable';
import { imagesCommandTable } from './images/imagesCommandTable';
import { languageCommandTable } from './language/languageCommandTable';
import { networksCommandTable } from './networks/networksCommandTable';
import { scaffoldCommandTable } from './scaffold/scaffoldCommandTable';
import { swarmCommandTable } from './swarm/swarmCommandTable';
import { registriesCommandTable } from './registries/registriesCommandTable';
import { systemCommandTable } from './system/systemCommandTable';
import { volumesCommandTable } from './volumes/volumesCommandTable';
import type { CommandDeps, CommandHandler } from './shared/CommandDeps';

// Record<CommandId, …>: a command in the manifest without a handler is a compile error.
function allCommands(deps: CommandDeps): Record<CommandId, CommandHandler> {
  return {
    ...coreCommandTable(deps),
    ...composeCommandTable(deps),
    ...containersCommandTable(deps),
    ...filesCommandTable(deps),
    ...imagesCommandTable(deps),
    ...volumesCommandTable(deps),
    ...networksCommandTable(deps),
    ...systemCommandTable(deps),
    ...contextsCommandTable(deps),
    ...languageCommandTable(),
    ...engineConfigCommandTable(deps),
    ...swarmCommandTable(deps),
    ...registriesCommandTable(deps),
    ...scaffoldCommandTable(deps),
  };
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps, reports: ErrorReports): void {
  const titles = commandTitles(context);
  for (const [id, handler] of Object.entries(allCommands(deps))) {
    const body = trustedCommandIds.has(id)
      ? (...args: unknown[]) => {
          requireTrust(titles.get(id) ?? id);
          return handler(...args);
        }
      : handler;
    context.subscriptions.push(
      vscode.commands.registerCommand(id, (...args: unknown[]) => runSafely(id, deps, reports, () => body(...args))),
    );
  }
}

/** Each command's title as the manifest gives it (VS Code has localized the manifest's %keys%). */
function commandTitles(context: vscode.ExtensionContext): Map<string, string> {
  const commands =
    (context.extension.packageJSON as { contributes?: { commands?: Array<{ command: string; title: string }> } }).contributes?.commands ??
    [];
  return new Map(commands.map(c => [c.command, c.title]));
}

/**
 * Reports a failed command once (ErrorReports: shown, logged, recorded for api.reportedErrors);
 * cancellation stays silent. A resource that vanished meanwhile (removed from a terminal) also
 * reloads the views.
 */
async function runSafely(id: string, deps: CommandDeps, reports: ErrorReports, body: () => Promise<unknown>): Promise<unknown> {
  try {
    return await body();
  } catch (err) {
    const report = reports.report(id, err);
    if (report?.kind === 'notFound') {
      void deps.reloadAll();
    }
    return undefined;
  }
}
