import * as vscode from 'vscode';
import type { DockerEngine } from '../../../engine';
import { webviewPageHtml, webviewPageOptions } from '../../webviews/webviewHtml';
import type { StatsPageMessage, StatsPageRequest, StatsPageState } from '../../webviews/pages/statsProtocol';
import { windowChoices, type WindowMinutes } from '../../webviews/pages/statsSeries';
import type { StatsContainerStatus } from '../../webviews/pages/statsProtocol';
import { formatStats } from './containerText';
import { StatsSampler, type StatsScope } from './StatsSampler';

/** A live stats panel, for callers that want to watch it (tests, other extensions). */
export interface StatsRun {
  readonly panel: vscode.WebviewPanel;
  /** The newest numbers as `docker stats` prints them. */
  text(): string;
  /** Resolves once every container the panel opened with has had a sample (or ended). */
  readonly sampled: Promise<void>;
  /** Resolves when streaming stopped for good (the panel closed). */
  readonly stopped: Promise<void>;
  /** Engine streams open now (stats per container, and the events): none while hidden or paused. */
  streaming(): number;
  /** Samples taken for a container so far. */
  samples(id: string): number;
  paused(): boolean;
  containers(): ReadonlyArray<{ readonly id: string; readonly name: string; readonly status: StatsContainerStatus }>;
}

/**
 * Live stats as time series in a webview (src/ui/webviews/pages/stats.page.ts): a line per
 * container in each chart, the numbers in a table. Sampling runs only while the panel is visible
 * and not paused; a hidden panel's page is dropped by VS Code and rebuilt from the kept series
 * when shown again (the time in between shows as a gap). Closing the panel aborts every stream.
 */
export function openStatsPanel(engine: DockerEngine, extensionUri: vscode.Uri, title: string, scope: StatsScope): StatsRun {
  const panel = vscode.window.createWebviewPanel(
    'dockhand.containerStats',
    title,
    vscode.ViewColumn.Active,
    webviewPageOptions(extensionUri),
  );
  let paused = false;
  let windowMinutes: WindowMinutes = 5;
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>(resolve => (markStopped = resolve));
  let markSampled: () => void = () => undefined;
  const sampled = new Promise<void>(resolve => (markSampled = resolve));
  const initialIds = scope.targets.map(t => t.id);
  let disposed = false;
  const post = (message: StatsPageMessage) => {
    if (!disposed) {
      void panel.webview.postMessage(message);
    }
  };

  const sampler = new StatsSampler(engine, scope, {
    samples: items => {
      post({ type: 'samples', items });
      checkSampled();
    },
    container: container => {
      post({ type: 'container', container });
      checkSampled();
    },
  });
  const checkSampled = () => {
    const states = new Map(sampler.latest().map(c => [c.id, c]));
    if (initialIds.every(id => states.get(id)?.stats || (states.get(id)?.status ?? 'waiting') !== 'waiting')) {
      markSampled();
    }
  };

  /** The page from the kept series: its first paint needs nothing more. */
  const renderPage = () => {
    const state: StatsPageState = { windowMinutes, paused, containers: sampler.states() };
    panel.webview.html = webviewPageHtml(panel.webview, extensionUri, 'stats', state);
  };
  const sampleWhenShown = () => {
    if (panel.visible && !paused) {
      sampler.start();
    } else {
      sampler.stop();
    }
  };

  renderPage();
  sampleWhenShown();
  // Set when the panel is hidden (not before it was first shown: the first page is still loading then).
  let dropped = false;
  const subscriptions = [
    panel.onDidChangeViewState(() => {
      if (!panel.visible) {
        dropped = true;
      } else if (dropped) {
        // VS Code dropped the page while it was hidden: rebuild it with everything kept.
        dropped = false;
        renderPage();
      }
      sampleWhenShown();
    }),
    panel.webview.onDidReceiveMessage((request: StatsPageRequest) => {
      if (request.type === 'pause' || request.type === 'resume') {
        paused = request.type === 'pause';
        sampleWhenShown();
        post({ type: 'paused', paused });
      } else if (request.type === 'window' && windowChoices.includes(request.minutes)) {
        windowMinutes = request.minutes;
      }
    }),
  ];
  panel.onDidDispose(() => {
    disposed = true;
    sampler.dispose();
    for (const s of subscriptions) {
      s.dispose();
    }
    markStopped();
  });

  const waiting = vscode.l10n.t('waiting for a sample…');
  return {
    panel,
    text: () => formatStats(sampler.latest(), waiting),
    sampled,
    stopped,
    streaming: () => sampler.openStreams,
    samples: id => sampler.taken(id),
    paused: () => paused,
    containers: () => sampler.latest().map(({ id, name, status }) => ({ id, name, status })),
  };
}
