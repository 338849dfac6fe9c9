import type { LogViewCriteria } from './logFilter';

/** Where a source's lines come from now: still followed, or what ended it. */
export type LogSourceState = 'following' | 'removed' | 'ended' | 'failed';

/** One container (or swarm task) of the merged log view. */
export interface LogSourceInfo {
  readonly name: string;
  readonly state: LogSourceState;
  /** Why it failed, when it did. */
  readonly detail?: string;
}

/** One line, as compact as the message channel allows: source index, time (ms), 1 for stderr, text. */
export type LogRow = readonly [source: number, time: number, stderr: 0 | 1, text: string];

/** The first state of the page (embedded in its HTML). */
export interface LogsPageState {
  readonly title: string;
  /** The most lines kept; older ones are dropped (the page says how many). */
  readonly capacity: number;
}

/** What the merged logs panel (src/ui/commands/containers/MergedLogsPanel.ts) sends its page. */
export type LogsPageMessage =
  | { readonly type: 'sources'; readonly sources: readonly LogSourceInfo[] }
  /** Lines numbered from `firstSeq` on; a gap before it means lines dropped before the page saw them. */
  | { readonly type: 'lines'; readonly firstSeq: number; readonly rows: readonly LogRow[] };

/** What the page asks of the panel. */
export type LogsPageRequest =
  /** The page's script runs: send everything kept so far (again, after a reload). */
  | { readonly type: 'ready' }
  /** Save the lines `view` shows to a file the user chooses. */
  | { readonly type: 'save'; readonly view: LogViewCriteria };
