import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { toEngineError } from '../../../engine';
import type { Dialogs } from '../../Dialogs';
import { webviewPageHtml, webviewPageOptions } from '../../webviews/webviewHtml';
import { allLines, linesShownBy, type LogViewCriteria } from '../../webviews/pages/logFilter';
import { levelOf } from '../../webviews/pages/logLevels';
import { ReorderWindow } from '../../webviews/pages/logMerge';
import { LogRing } from '../../webviews/pages/logRing';
import type {
  LogRow,
  LogSourceInfo,
  LogSourceState,
  LogsPageMessage,
  LogsPageRequest,
  LogsPageState,
} from '../../webviews/pages/logsProtocol';
import type { FeedLine, LogFeed } from './logFeeds';

/** A merged log view, for callers that want to watch it (tests, the benchmark). */
export interface MergedLogsRun {
  readonly panel: vscode.WebviewPanel;
  /** The sources (containers, tasks) in colour order, and whether each is still followed. */
  sources(): readonly LogSourceInfo[];
  /** The kept lines `view` shows, as "Save" writes them. */
  text(view?: LogViewCriteria): string;
  /** Lines received so far (kept, dropped or still held for ordering). */
  received(): number;
  /** Lines sent to the page so far. */
  posted(): number;
  /** Asks where (deps.dialogs) and writes the lines `view` shows; resolves to the file, or undefined when cancelled. */
  save(view?: LogViewCriteria): Promise<string | undefined>;
  /** Resolves when following stopped (the panel closed). */
  readonly stopped: Promise<void>;
}

export interface MergedLogsOptions {
  /** The most lines kept (the oldest are dropped). */
  readonly capacity: number;
  /** Feeds that join later (the containers a compose project starts from now on). */
  readonly discover?: (signal: AbortSignal) => AsyncIterable<LogFeed>;
}

interface Kept extends FeedLine {
  readonly index: number;
}

/** How long a line is held so that one from another stream arriving slightly later still sorts before it. */
const reorderMs = 150;
/** Lines moved from the reorder window to the ring per turn of the event loop: a burst never blocks the extension host long. */
const linesPerTick = 5_000;
/** Lines per message: a 100,000-line backlog goes as a few large messages, never one per line. */
const rowsPerMessage = 10_000;

/**
 * The logs of several containers (or a swarm service's tasks) in one webview, merged by the
 * engine's timestamps. The lines are kept here (bounded, the oldest dropped) and sent to the
 * page in batches while it is visible; a hidden panel keeps collecting and catches up when shown
 * again. Closing the panel aborts every stream.
 */
export function openMergedLogsPanel(
  deps: { readonly extensionUri: vscode.Uri; readonly dialogs: Dialogs; readonly log: vscode.LogOutputChannel },
  title: string,
  feeds: readonly LogFeed[],
  options: MergedLogsOptions,
): MergedLogsRun {
  const panel = vscode.window.createWebviewPanel('dockhand.mergedLogs', title, vscode.ViewColumn.Active, {
    ...webviewPageOptions(deps.extensionUri),
    // The page holds the lines, the filter and the scroll position: rebuilding it on every tab switch would lose them.
    retainContextWhenHidden: true,
  });
  const abort = new AbortController();
  const sources: LogSourceInfo[] = [];
  const indexOf = new Map<string, number>();
  const ring = new LogRing<Kept>(options.capacity);
  const reorder = new ReorderWindow<Kept>(reorderMs);
  const followed = new Set<string>();
  let received = 0;
  let postedUpTo = 0;
  let posted = 0;
  let pageReady = false;
  let sourcesChanged = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>(resolve => (markStopped = resolve));

  panel.webview.html = webviewPageHtml(panel.webview, deps.extensionUri, 'logs', {
    title,
    capacity: options.capacity,
  } satisfies LogsPageState);

  const setState = (name: string, state: LogSourceState, detail?: string): number => {
    let index = indexOf.get(name);
    const current = index === undefined ? undefined : sources[index];
    if (index === undefined) {
      index = sources.length;
      indexOf.set(name, index);
    }
    if (current?.state !== state || current.detail !== detail) {
      sources[index] = detail ? { name, state, detail } : { name, state };
      sourcesChanged = true;
      schedule(0);
    }
    return index;
  };

  const post = () => {
    if (!pageReady || !panel.visible) {
      return;
    }
    if (sourcesChanged) {
      sourcesChanged = false;
      void panel.webview.postMessage({ type: 'sources', sources: [...sources] } satisfies LogsPageMessage);
    }
    let seq = Math.max(postedUpTo, ring.first);
    while (seq < ring.end) {
      const firstSeq = seq;
      const rows: LogRow[] = [];
      for (; seq < ring.end && rows.length < rowsPerMessage; seq++) {
        const line = ring.at(seq) as Kept;
        rows.push([line.index, line.time, line.stream === 'stderr' ? 1 : 0, line.text]);
      }
      void panel.webview.postMessage({ type: 'lines', firstSeq, rows } satisfies LogsPageMessage);
      posted += rows.length;
    }
    postedUpTo = seq;
  };

  const tick = () => {
    timer = undefined;
    for (const line of reorder.release(Date.now(), linesPerTick)) {
      ring.push(line);
    }
    post();
    const due = reorder.nextDue;
    if (due !== undefined) {
      // More due at once than a slice (a big backlog): the next slice right after other work had its turn.
      schedule(due - Date.now());
    }
  };

  function schedule(delayMs: number) {
    if (!timer && !abort.signal.aborted) {
      timer = setTimeout(tick, Math.max(0, delayMs));
    }
  }

  const follow = async (feed: LogFeed) => {
    if (followed.has(feed.key)) {
      return;
    }
    followed.add(feed.key);
    const mine = new Set(feed.names);
    for (const name of feed.names) {
      setState(name, 'following');
    }
    try {
      for await (const line of feed.lines(abort.signal)) {
        let index = indexOf.get(line.source);
        if (index === undefined || !mine.has(line.source)) {
          mine.add(line.source);
          index = setState(line.source, 'following');
        }
        received++;
        reorder.add({ ...line, index }, Date.now());
        schedule(reorderMs);
      }
      if (!abort.signal.aborted) {
        mine.forEach(name => setState(name, feed.endState));
      }
    } catch (err) {
      const error = toEngineError(err);
      if (!abort.signal.aborted && error.kind !== 'cancelled') {
        mine.forEach(name => (error.kind === 'notFound' ? setState(name, 'removed') : setState(name, 'failed', error.message)));
      }
    } finally {
      // A container started again under the same name (compose recreating it) is a new feed.
      followed.delete(feed.key);
    }
  };

  const discover = async (feeds: (signal: AbortSignal) => AsyncIterable<LogFeed>) => {
    try {
      for await (const feed of feeds(abort.signal)) {
        void follow(feed);
      }
    } catch (err) {
      if (!abort.signal.aborted) {
        deps.log.warn(`Merged logs of ${title}: no longer watching for new containers: ${toEngineError(err).message}`);
      }
    }
  };

  const text = (view: LogViewCriteria = allLines) => {
    const shown = linesShownBy(view);
    let out = '';
    for (const line of ring.from()) {
      if (shown(line.text, levelOf(line.text))) {
        const name = sources[line.index]?.name ?? '';
        out += `${new Date(line.time).toISOString()} ${name}${line.stream === 'stderr' ? ' (stderr)' : ''} | ${line.text}\n`;
      }
    }
    return out;
  };

  const save = async (view: LogViewCriteria = allLines): Promise<string | undefined> => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir();
    const target = await deps.dialogs.showSaveDialog({
      defaultUri: vscode.Uri.file(path.join(folder, `${title.replace(/[^\w.-]+/g, '_')}.log`)),
      filters: { [vscode.l10n.t('Log files')]: ['log', 'txt'] },
      saveLabel: vscode.l10n.t('Save Logs'),
    });
    if (!target) {
      return undefined;
    }
    const content = text(view);
    await vscode.workspace.fs.writeFile(target, Buffer.from(content, 'utf8'));
    const lines = content ? content.split('\n').length - 1 : 0;
    void deps.dialogs.showInformationMessage(vscode.l10n.t('Saved {0} lines to {1}.', lines, target.fsPath));
    return target.fsPath;
  };

  panel.webview.onDidReceiveMessage((message: LogsPageRequest) => {
    if (message.type === 'ready') {
      // A new page (first load, or a reload) has nothing yet: send everything kept.
      pageReady = true;
      postedUpTo = ring.first;
      sourcesChanged = true;
      post();
    } else if (message.type === 'save') {
      save(message.view).catch((err: unknown) => {
        const messageText = err instanceof Error ? err.message : String(err);
        deps.log.error(`Saving the merged logs of ${title} failed: ${messageText}`);
        void deps.dialogs.showErrorMessage(vscode.l10n.t('Could not save the logs: {0}', messageText));
      });
    }
  });
  // Hidden: collect, do not post. Shown again: catch up in a few batches.
  panel.onDidChangeViewState(() => post());
  panel.onDidDispose(() => {
    abort.abort();
    if (timer) {
      clearTimeout(timer);
    }
    markStopped();
  });

  for (const feed of feeds) {
    void follow(feed);
  }
  if (options.discover) {
    void discover(options.discover);
  }
  return {
    panel,
    sources: () => [...sources],
    text,
    received: () => received,
    posted: () => posted,
    save,
    stopped,
  };
}
