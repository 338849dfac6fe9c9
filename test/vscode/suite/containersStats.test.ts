// The live stats graphs (dockhand.containers.stats, statsAll, composeStats, compose.stats) against the
// real engine, checked as the browser renders the webview where a browser page is driven.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StatsRun } from '../../../src/ui/commands/containers/StatsPanel';
import type { ComposeProjectNode } from '../../../src/ui/trees/containers/containersView';
import { docker, removeLabelled, testRunId } from '../../support/testDocker';
import { eventually } from '../../support/eventually';
import { labelledContainer, stateOf } from './containersFixtures';
import { dockhand, reportedBy } from './helpers';
import { askPage } from './page';

const rendered = Boolean(process.env.DOCKHAND_PAGE_BRIDGE);
const busyLoop = ['sh', '-c', 'while :; do :; done'];
const writer = [
  'sh',
  '-c',
  'i=0; while :; do dd if=/dev/zero of=/tmp/f$((i % 3)) bs=64k count=16 conv=fsync 2>/dev/null; i=$((i+1)); done',
];

interface ChartView {
  samples: number;
  paused: string;
  pause: string;
  legend: Record<string, string>;
  /** Per container id: the series drawn with at least two points (`L` in the path data). */
  drawn: Record<string, string[]>;
  cpu: Record<string, string>;
  gaps: number;
}

/** What the stats page shows, read from the webview's frame (the one that has the stats table). */
async function chartView(): Promise<ChartView | undefined> {
  const expression = `(() => {
    if (!document.getElementById('table') || !document.getElementById('chart-cpu')) return null;
    const byContainer = (selector, read) => {
      const out = {};
      for (const el of document.querySelectorAll(selector)) read(out, el.closest('[data-container]').getAttribute('data-container'), el);
      return out;
    };
    return {
      samples: Number(document.body.dataset.samples),
      paused: document.body.dataset.paused,
      pause: document.getElementById('pause').textContent,
      legend: byContainer('.legend-item', (o, id, el) => (o[id] = el.textContent)),
      drawn: byContainer('path.line', (o, id, el) => {
        o[id] = o[id] ?? [];
        if ((el.getAttribute('d') ?? '').includes('L')) o[id].push(el.closest('section').id.slice(6) + ':' + el.getAttribute('data-series'));
      }),
      cpu: byContainer('tr[data-container] td.cpu', (o, id, el) => (o[id] = el.textContent)),
      gaps: document.querySelectorAll('.gap-span').length,
    };
  })()`;
  const frames = await askPage<Array<ChartView | null | undefined>>({ op: 'evaluate', expression, frame: '' });
  return frames.find((f): f is ChartView => Boolean(f));
}

async function clickInPage(id: string): Promise<void> {
  await askPage({ op: 'evaluate', expression: `document.getElementById(${JSON.stringify(id)})?.click() ?? null`, frame: '' });
}

/** Waits until the engine itself produced `count` more samples of `id` (time in which the panel could have sampled). */
async function engineSamples(id: string, count: number): Promise<void> {
  const api = await dockhand();
  const abort = new AbortController();
  let seen = 0;
  try {
    for await (const stats of api.engine.streamContainerStats(id, abort.signal)) {
      if (stats.read && ++seen >= count) {
        break;
      }
    }
  } finally {
    abort.abort();
  }
}

async function openStats(...args: unknown[]): Promise<StatsRun> {
  const run = await vscode.commands.executeCommand<StatsRun>('dockhand.containers.stats', ...args);
  assert.ok(run, 'the stats panel');
  return run;
}

/** The README's picture (only when DOCKHAND_STATS_SCREENSHOT names a file): the panel alone, a minute of data. */
async function readmeScreenshot(file: string, run: StatsRun): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('notifications.clearAll');
  run.panel.reveal();
  await eventually(async () => ((await chartView())?.samples ?? 0) >= 60, 'a minute of samples', 120_000, 500);
  await askPage({ op: 'screenshot', path: file });
  await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
}

describe('Containers: live stats graphs', function () {
  this.timeout(240_000);
  const runs: StatsRun[] = [];
  afterEach(() => {
    for (const run of runs.splice(0)) {
      run.panel.dispose();
    }
  });
  after(async () => {
    await removeLabelled();
  });

  it('draws a line per container in every chart, with the legend and the numbers, CPU above 0 for a busy one', async () => {
    const busy = await labelledContainer({ start: true, cmd: busyLoop, name: `stats-busy-${testRunId}` });
    const disk = await labelledContainer({ start: true, cmd: writer, name: `stats-writer-${testRunId}` });
    const run = await openStats([busy.id, disk.id]);
    runs.push(run);
    await run.sampled;
    assert.match(run.text(), new RegExp(`^stats-busy-${testRunId}\\s+\\d+\\.\\d\\d%\\s+[\\d.]+ [kMG]?B / [\\d.]+ [kMGT]?B`, 'm'));
    assert.deepEqual(run.streaming(), 3, 'a stats stream per container and the events stream');
    if (!rendered) {
      return;
    }
    const everyChart = ['cpu:cpu', 'memory:memory', 'network:rx', 'network:tx', 'block:read', 'block:write', 'pids:pids'];
    let view: ChartView | undefined;
    await eventually(
      async () => {
        view = await chartView();
        return [busy.id, disk.id].every(id => everyChart.every(series => view?.drawn[id]?.includes(series)));
      },
      'a line of each container in every chart',
      60_000,
      200,
    ).catch((err: unknown) => {
      throw new Error(`${String(err)}; the page showed ${JSON.stringify(view)}`);
    });
    assert.equal(view?.legend[busy.id], `stats-busy-${testRunId}`);
    assert.equal(view?.legend[disk.id], `stats-writer-${testRunId}`);
    assert.ok(parseFloat(view?.cpu[busy.id] ?? '') > 0, `the busy container's CPU: ${view?.cpu[busy.id]}`);
    assert.match(view?.cpu[disk.id] ?? '', /^\d+\.\d\d%$/);

    const screenshot = process.env.DOCKHAND_STATS_SCREENSHOT;
    if (screenshot) {
      await readmeScreenshot(screenshot, run);
    }
  });

  it('pauses from the page: no stream and no new sample until Resume, then the gap shows', async function () {
    if (!rendered) {
      // Pause is a button of the page: without a browser page (desktop VS Code) nothing can press it.
      this.skip();
    }
    const busy = await labelledContainer({ start: true, cmd: busyLoop });
    const run = await openStats(busy.id);
    runs.push(run);
    await run.sampled;
    await eventually(async () => ((await chartView())?.samples ?? 0) >= 2, 'two samples on the page');
    await clickInPage('pause');
    await eventually(() => run.paused() && run.streaming() === 0, 'the panel paused with every stream closed');
    const taken = run.samples(busy.id);
    // The panel posts its last samples (and the gap) before "paused": once the page shows paused, it has them all.
    await eventually(async () => (await chartView())?.paused === 'true', 'the page showing paused');
    const shown = (await chartView())?.samples ?? 0;
    await engineSamples(busy.id, 3);
    assert.equal(run.samples(busy.id), taken, 'no sample taken while paused');
    const paused = await chartView();
    assert.equal(paused?.samples, shown, 'the page received no sample while paused');
    assert.equal(paused?.pause, 'Resume');
    assert.equal(paused?.paused, 'true');

    await clickInPage('pause');
    await eventually(async () => {
      const view = await chartView();
      return !run.paused() && run.samples(busy.id) > taken && (view?.samples ?? 0) > shown && (view?.gaps ?? 0) > 0;
    }, 'sampling again, with the paused span shaded');
    assert.equal((await chartView())?.pause, 'Pause');
  });

  it('takes no sample while the panel is hidden and resumes when it is shown again', async () => {
    const busy = await labelledContainer({ start: true, cmd: busyLoop });
    const run = await openStats(busy.id);
    runs.push(run);
    await run.sampled;
    assert.ok(run.streaming() > 0);
    const doc = await vscode.workspace.openTextDocument({ content: 'covers the stats panel' });
    await vscode.window.showTextDocument(doc, { viewColumn: run.panel.viewColumn, preview: false });
    await eventually(() => !run.panel.visible && run.streaming() === 0, 'the hidden panel to close its streams');
    const taken = run.samples(busy.id);
    await engineSamples(busy.id, 3);
    assert.equal(run.samples(busy.id), taken, 'no sample taken while hidden');

    run.panel.reveal();
    await eventually(() => run.panel.visible && run.streaming() > 0 && run.samples(busy.id) > taken, 'sampling again once shown');
    if (rendered) {
      // VS Code dropped the hidden page; the rebuilt one has every sample kept, and the gap.
      await eventually(async () => {
        const view = await chartView();
        return (view?.samples ?? 0) > taken && (view?.gaps ?? 0) > 0;
      }, 'the rebuilt page with the kept samples and the gap');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows a container that stops, then is removed, while the others keep going', async () => {
    const stays = await labelledContainer({ start: true, cmd: busyLoop });
    const goes = await labelledContainer({ start: true, cmd: busyLoop });
    const run = await openStats([stays.id, goes.id]);
    runs.push(run);
    await run.sampled;
    await goes.kill();
    const statusOf = (c: { id: string }) => run.containers().find(x => x.id === c.id)?.status;
    await eventually(() => statusOf(goes) === 'stopped', 'the killed container shown as stopped');
    if (rendered) {
      await eventually(async () => /stopped \(exit code 137\)/.test((await chartView())?.legend[goes.id] ?? ''), 'the legend saying so');
    }
    const before = run.samples(stays.id);
    await eventually(() => run.samples(stays.id) > before + 1, 'the other container still sampled');
    await goes.remove({ force: true });
    await eventually(() => statusOf(goes) === 'removed', 'the removed container shown as removed');
    assert.equal(statusOf(stays), 'live');
    assert.equal(run.streaming(), 2, "the other container's stream and the events");
  });

  it('shows every running container in the all-containers panel, and one started later joins it', async () => {
    const first = await labelledContainer({ start: true, cmd: busyLoop });
    const run = await vscode.commands.executeCommand<StatsRun>('dockhand.containers.statsAll');
    assert.ok(run);
    runs.push(run);
    assert.equal(run.panel.title, 'Stats: all running containers');
    await run.sampled;
    assert.ok(
      run.containers().some(c => c.id === first.id),
      'the running container in the panel',
    );
    const later = await labelledContainer({ start: true, cmd: busyLoop });
    await eventually(() => run.samples(later.id) > 0, 'the container started later sampled');
    assert.equal(run.containers().find(c => c.id === later.id)?.name, (await stateOf(later)).name);
    if (rendered) {
      await eventually(async () => (await chartView())?.legend[later.id] !== undefined, 'the container started later in the legend');
    }
  });

  it('opens the stats of a compose project from its node and from its compose file, and new members join', async () => {
    const api = await dockhand();
    const project = `stats${testRunId.replace(/[^a-z0-9]/g, '')}`;
    const file = `/srv/${project}/compose.yaml`;
    const projectLabels = (service: string) => ({
      'com.docker.compose.project': project,
      'com.docker.compose.service': service,
      'com.docker.compose.project.config_files': file,
      'com.docker.compose.project.working_dir': `/srv/${project}`,
    });
    const web = await labelledContainer({ start: true, extraLabels: projectLabels('web') });
    const db = await labelledContainer({ start: true, extraLabels: projectLabels('db') });
    await api.refresh();
    const group = (await api.trees.containers.getChildren()).find(
      (n): n is ComposeProjectNode => n.kind === 'composeProject' && n.project === project,
    );
    assert.ok(group, 'the project node');
    const run = await vscode.commands.executeCommand<StatsRun>('dockhand.containers.composeStats', group);
    assert.ok(run);
    runs.push(run);
    assert.equal(run.panel.title, `Stats: ${project}`);
    await run.sampled;
    assert.deepEqual(
      run
        .containers()
        .map(c => c.id)
        .sort(),
      [web.id, db.id].sort(),
    );

    // Started before the worker: the engine's events come in order, so once the worker joined, the
    // outsider's start has been seen (and left out) too.
    const outsider = await labelledContainer({ start: true });
    const worker = await labelledContainer({ start: true, extraLabels: projectLabels('worker') });
    await eventually(() => run.samples(worker.id) > 0, 'the new member of the project sampled');
    assert.equal(run.containers().find(c => c.id === worker.id)?.name, (await stateOf(worker)).name);
    assert.ok(!run.containers().some(c => c.id === outsider.id), 'a container of no project stays out');
    if (rendered) {
      await eventually(async () => (await chartView())?.legend[worker.id] !== undefined, 'the new member in the legend');
    }

    const fromFile = await vscode.commands.executeCommand<StatsRun>('dockhand.compose.stats', vscode.Uri.file(file));
    assert.ok(fromFile);
    runs.push(fromFile);
    assert.deepEqual(
      fromFile
        .containers()
        .map(c => c.id)
        .sort(),
      [web.id, db.id, worker.id].sort(),
    );

    const refused = await reportedBy('dockhand.compose.stats', vscode.Uri.file(`/srv/none-${project}/compose.yaml`));
    assert.equal(refused.kind, 'notFound');
    assert.match(refused.message, /^No container was created from compose\.yaml: run Compose Up first\.$/);
    await docker().getContainer(worker.id).remove({ force: true });
  });
});
