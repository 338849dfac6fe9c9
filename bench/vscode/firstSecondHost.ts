// The first-second benchmark's side inside VS Code's extension host (loaded as the extension
// tests entry by bench/vscode/firstSecondBench.ts, once per fresh VS Code). It does what a person
// does first — opens the Dockhand view, or a Dockerfile or compose file — times it, and reads
// Dockhand's activation time as "Developer: Show Running Extensions" renders it.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DockhandApi } from '../../src/api';
import { renderedText } from '../../test/vscode/suite/page';
import { diagnosticsWhen } from '../../test/vscode/suite/helpers';

export type FirstSecondScenario = 'views' | 'dockerfile' | 'compose';

export interface FirstSecondSample {
  readonly scenario: FirstSecondScenario;
  /** codeLoadingTime + activateCallTime, as the Running Extensions editor shows it. */
  readonly activationMs: number;
  /**
   * CPU time (user + system) the extension host spent from the first action until Dockhand's
   * activation resolved: unlike the wall-clock figure, it hardly moves with the machine's load.
   */
  readonly activationCpuMs: number;
  /** views: open the view → the containers view loaded; files: open the document → its first diagnostics. */
  readonly firstResultMs: number;
  /** Activation done → the first result. */
  readonly afterActivationMs?: number;
}

export async function run(): Promise<void> {
  const scenario = process.env.BENCH_SCENARIO as FirstSecondScenario;
  const resultsFile = process.env.BENCH_RESULTS;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!resultsFile || !folder) {
    throw new Error('BENCH_RESULTS and a workspace folder are required');
  }
  const extension = vscode.extensions.getExtension<DockhandApi>('dockhand.dockhand');
  if (!extension || extension.isActive) {
    const state = extension ? 'already active' : `not installed (${vscode.extensions.all.length} extensions)`;
    throw new Error(`Dockhand must be installed and not yet active: it is ${state}`);
  }
  await settled();
  let sample: Omit<FirstSecondSample, 'activationMs'>;
  // BENCH_PROFILE=<dir>: a CPU profile of the extension host from the first action to activation.
  const profile = process.env.BENCH_PROFILE ? await startProfile() : undefined;
  const cpu = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  if (scenario === 'views') {
    const start = performance.now();
    await vscode.commands.executeCommand('workbench.view.extension.dockhand');
    const api = await extension.activate();
    const active = performance.now();
    const activationCpuMs = cpuMs();
    await loaded(api);
    const end = performance.now();
    sample = { scenario, firstResultMs: end - start, afterActivationMs: end - active, activationCpuMs };
  } else {
    const uri = vscode.Uri.joinPath(folder, scenario === 'dockerfile' ? 'Dockerfile' : 'compose.yaml');
    const start = performance.now();
    const diagnostics = diagnosticsWhen(uri, found => found.length > 0);
    const document = await vscode.workspace.openTextDocument(uri);
    // Opening the document is the activation event; this joins the activation it started.
    let active = 0;
    const activation = extension.activate().then(() => {
      active = performance.now();
      return cpuMs();
    });
    await vscode.window.showTextDocument(document);
    await diagnostics;
    const end = performance.now();
    sample = { scenario, firstResultMs: end - start, afterActivationMs: end - active, activationCpuMs: await activation };
  }
  if (profile && process.env.BENCH_PROFILE) {
    fs.mkdirSync(process.env.BENCH_PROFILE, { recursive: true });
    fs.writeFileSync(path.join(process.env.BENCH_PROFILE, `${scenario}-${Date.now()}.cpuprofile`), JSON.stringify(await profile()));
  }
  await vscode.commands.executeCommand('workbench.action.showRuntimeExtensions');
  const shown = await renderedText('.runtime-extensions-editor .extension:has(.name:has-text("dockhand")) .activation-time');
  const activation = /(\d+)\s*ms/.exec(shown);
  if (!activation) {
    throw new Error(`no activation time in "${shown}"`);
  }
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, JSON.stringify({ ...sample, activationMs: Number(activation[1]) } satisfies FirstSecondSample));
}

/** Starts the V8 profiler in this process; the function returned stops it and gives the profile. */
async function startProfile(): Promise<() => Promise<unknown>> {
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    return profile;
  };
}

/**
 * Resolves once the extension host has been idle for half a second (a timer fires on time), so
 * that what is measured is Dockhand's first second, not the workbench's own start-up beside it.
 */
async function settled(): Promise<void> {
  const deadline = performance.now() + 15_000;
  let quietSince = performance.now();
  while (performance.now() < deadline && performance.now() - quietSince < 500) {
    const asked = performance.now();
    await new Promise(resolve => setTimeout(resolve, 10));
    if (performance.now() - asked > 15) {
      quietSince = performance.now();
    }
  }
}

/** Resolves once the containers view has loaded from the engine (whatever it found). */
function loaded(api: DockhandApi): Promise<void> {
  const tree = api.trees.containers;
  if (tree.current !== undefined) {
    return Promise.resolve();
  }
  return new Promise(resolve => {
    const listener = tree.onDidChangeTreeData(() => {
      if (tree.current !== undefined) {
        listener.dispose();
        resolve();
      }
    });
  });
}
