import * as vscode from 'vscode';
import { toEngineError, type ContainerStats, type DockerEngine } from '../../../engine';
import { webviewPageHtml, webviewPageOptions } from '../../webviews/webviewHtml';
import type { StatsPageMessage } from '../../webviews/pages/statsProtocol';
import { formatStats } from './containerText';

/** A live stats panel, for callers that want to watch it (tests). */
export interface StatsRun {
  readonly panel: vscode.WebviewPanel;
  /** The table as last rendered. */
  text(): string;
  /** Resolves once every row has had a sample. */
  readonly sampled: Promise<void>;
  /** Resolves when streaming stopped (the panel closed). */
  readonly stopped: Promise<void>;
}

/** Re-render at most this often; samples come about once a second per container. */
const renderEveryMs = 500;

/**
 * `docker stats` in a webview: one row per container, updated from the engine's stats stream.
 * Closing the panel aborts every stream.
 */
export function openStatsPanel(
  engine: DockerEngine,
  extensionUri: vscode.Uri,
  title: string,
  targets: ReadonlyArray<{ id: string; name: string }>,
): StatsRun {
  const panel = vscode.window.createWebviewPanel(
    'dockhand.containerStats',
    title,
    vscode.ViewColumn.Active,
    webviewPageOptions(extensionUri),
  );
  const abort = new AbortController();
  const rows = new Map<string, { name: string; stats?: ContainerStats }>(targets.map(t => [t.id, { name: t.name }]));
  const waiting = vscode.l10n.t('waiting for a sample…');
  let rendered = formatStats([...rows.values()], waiting);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let markSampled: () => void = () => undefined;
  const sampled = new Promise<void>(resolve => (markSampled = resolve));
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>(resolve => (markStopped = resolve));

  panel.webview.html = webviewPageHtml(panel.webview, extensionUri, 'stats', { text: rendered } satisfies StatsPageMessage);
  const render = () => {
    timer = undefined;
    rendered = formatStats([...rows.values()], waiting);
    void panel.webview.postMessage({ text: rendered } satisfies StatsPageMessage);
    if ([...rows.values()].every(r => r.stats)) {
      markSampled();
    }
  };

  const follow = async (id: string) => {
    try {
      for await (const stats of engine.streamContainerStats(id, abort.signal)) {
        const row = rows.get(id);
        if (row) {
          row.stats = stats;
        }
        timer ??= setTimeout(render, renderEveryMs);
      }
    } catch (err) {
      const error = toEngineError(err);
      if (error.kind !== 'cancelled') {
        const row = rows.get(id);
        if (row) {
          row.name = `${row.name} (${error.message})`;
        }
      }
    }
  };
  void Promise.all(targets.map(t => follow(t.id)));

  panel.onDidDispose(() => {
    abort.abort();
    if (timer) {
      clearTimeout(timer);
    }
    markStopped();
  });
  return { panel, text: () => rendered, sampled, stopped };
}
