/** What the stats panel (src/ui/commands/containers/StatsPanel.ts) sends its page. */
export interface StatsPageMessage {
  /** The table as `docker stats` prints it. */
  readonly text: string;
}
