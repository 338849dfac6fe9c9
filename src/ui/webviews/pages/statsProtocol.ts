import type { StatsReading, StatsSample, WindowMinutes } from './statsSeries';

/** What a container's line says besides its numbers. */
export type StatsContainerStatus = 'waiting' | 'live' | 'stopped' | 'removed' | 'failed';

export interface StatsContainerState {
  readonly id: string;
  readonly name: string;
  /** Its place in the theme's chart colours (stable while the panel lives). */
  readonly colour: number;
  readonly status: StatsContainerStatus;
  /** Why it stopped or failed, in the user's words (exit code, the engine's message). */
  readonly detail?: string;
  readonly samples: readonly StatsSample[];
  /** The newest reading: the table's numbers. */
  readonly latest?: StatsReading;
}

/** The page's first state, embedded in its HTML (src/ui/webviews/webviewHtml.ts). */
export interface StatsPageState {
  readonly windowMinutes: WindowMinutes;
  readonly paused: boolean;
  readonly containers: readonly StatsContainerState[];
}

/** What the stats panel (src/ui/commands/containers/StatsPanel.ts) sends its page after the first state. */
export type StatsPageMessage =
  /** New samples (points or gaps), in order per container. */
  | {
      readonly type: 'samples';
      readonly items: ReadonlyArray<{ readonly id: string; readonly sample: StatsSample; readonly latest?: StatsReading }>;
    }
  /** A container's status changed, or a container joined (a new one of the compose project). */
  | { readonly type: 'container'; readonly container: Omit<StatsContainerState, 'samples'> }
  | { readonly type: 'paused'; readonly paused: boolean };

/** What the page asks of the panel. */
export type StatsPageRequest =
  { readonly type: 'pause' } | { readonly type: 'resume' } | { readonly type: 'window'; readonly minutes: WindowMinutes };
