import * as vscode from 'vscode';
import type { ErrorReports } from '../ErrorReports';
import { requireTrust } from '../trust';
import { trustedCommandIds } from './trustedCommandIds';
import { composeCommandIds } from './compose/composeCommandIds';
import type { CommandId, IdsOf } from './commandIds';
import { containersCommandIds } from './containers/containersCommandIds';
import { contextsCommandIds } from './contexts/contextsCommandIds';
import { coreCommandIds } from './coreIds';
import { filesCommandIds } from './files/filesCommandIds';
import { imagesCommandIds } from './images/imagesCommandIds';
import { networksCommandIds } from './networks/networksCommandIds';
import { scaffoldCommandIds } from './scaffold/scaffoldCommandIds';
import { swarmCommandIds } from './swarm/swarmCommandIds';
import { registriesCommandIds } from './registries/registriesCommandIds';
import { systemCommandIds } from './system/systemCommandIds';
import { volumesCommandIds } from './volumes/volumesCommandIds';
import type { CommandDeps, CommandHandler } from './shared/CommandDeps';

/**
 * The handler tables: `import()`, which esbuild turns into a file of its own (esbuild.mjs), so
 * activation registers the command ids only and the handlers (with the dialogs, panels and engine
 * calls behind them) load with the first command.
 */
const loadTables = () => import('./commandTables.js');
type Tables = Awaited<ReturnType<typeof loadTables>>;

/** Every command with its area. Record<CommandId, …>: a command in the manifest without a handler is a compile error. */
function commandAreas(): Record<CommandId, CommandArea> {
  return {
    ...area(coreCommandIds, tables => tables.coreCommandTable),
    ...area(composeCommandIds, tables => tables.composeCommandTable),
    ...area(containersCommandIds, tables => tables.containersCommandTable),
    ...area(filesCommandIds, tables => tables.filesCommandTable),
    ...area(imagesCommandIds, tables => tables.imagesCommandTable),
    ...area(volumesCommandIds, tables => tables.volumesCommandTable),
    ...area(networksCommandIds, tables => tables.networksCommandTable),
    ...area(systemCommandIds, tables => tables.systemCommandTable),
    ...area(contextsCommandIds, tables => tables.contextsCommandTable),
    ...area(swarmCommandIds, tables => tables.swarmCommandTable),
    ...area(registriesCommandIds, tables => tables.registriesCommandTable),
    ...area(scaffoldCommandIds, tables => tables.scaffoldCommandTable),
  };
}

/** One area's handlers, built from the deps the first time one of its commands runs. */
interface CommandArea {
  handlers(deps: CommandDeps): Promise<Readonly<Record<string, CommandHandler>>>;
}

/** The area of `ids`, whose handler table (exactly those ids, checked by the compiler) `table` picks. */
function area<Ids extends Record<string, string>>(
  ids: Ids,
  table: (tables: Tables) => (deps: CommandDeps) => Record<IdsOf<Ids>, CommandHandler>,
): Record<IdsOf<Ids>, CommandArea> {
  let handlers: Promise<Readonly<Record<string, CommandHandler>>> | undefined;
  const commandArea: CommandArea = {
    handlers: deps =>
      (handlers ??= loadTables().then(
        tables => table(tables)(deps),
        (err: unknown) => {
          handlers = undefined;
          throw err;
        },
      )),
  };
  return Object.fromEntries(Object.values(ids).map(id => [id, commandArea])) as Record<IdsOf<Ids>, CommandArea>;
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps, reports: ErrorReports): void {
  const titles = commandTitles(context);
  for (const [id, commandArea] of Object.entries(commandAreas())) {
    const handler: CommandHandler = async (...args) => {
      const handlers = await commandArea.handlers(deps);
      return handlers[id](...args);
    };
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
