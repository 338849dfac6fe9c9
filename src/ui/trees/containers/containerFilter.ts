import { isContainerUp, type ContainerSummary } from '../../../engine';

/** What the containers view leaves out: a text to match and, optionally, stopped containers. */
export interface ContainerFilterState {
  /** Matched case-insensitively against name, image and compose project; empty matches all. */
  readonly text: string;
  readonly hideStopped: boolean;
}

export const noFilter: ContainerFilterState = { text: '', hideStopped: false };

export function matchesFilter(c: ContainerSummary, filter: ContainerFilterState): boolean {
  if (filter.hideStopped && !isContainerUp(c.state)) {
    return false;
  }
  const needle = filter.text.trim().toLowerCase();
  if (!needle) {
    return true;
  }
  return [c.name, c.image, c.composeProject ?? ''].some(value => value.toLowerCase().includes(needle));
}

/** Why the view shows nothing although the engine has containers: the filter left none. */
export function filteredOutMessage(
  containers: readonly ContainerSummary[],
  filter: ContainerFilterState,
  t: (message: string, ...args: Array<string | number>) => string,
): string | undefined {
  if (containers.length === 0 || containers.some(c => matchesFilter(c, filter))) {
    return undefined;
  }
  const text = filter.text.trim();
  if (text && filter.hideStopped) {
    return t('No running container matches "{0}".', text);
  }
  return text ? t('No container matches "{0}".', text) : t('No container is running.');
}

/**
 * The filter's current state, shared by the view (which applies it) and the commands (which
 * change it). Plain listeners, so that it is usable without VS Code.
 */
export class ContainerFilter {
  private state: ContainerFilterState = noFilter;
  private readonly listeners = new Set<(state: ContainerFilterState) => void>();

  get current(): ContainerFilterState {
    return this.state;
  }

  set(change: Partial<ContainerFilterState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of [...this.listeners]) {
      listener(this.state);
    }
  }

  onChange(listener: (state: ContainerFilterState) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
}
