// Which views an engine event reloads. No `vscode` import: unit-tested in plain Node.
import type { ResourceEvent, ResourceKind } from '../../engine';

/** A view that can be told to reload. */
export interface Reloadable {
  reload(): Promise<void>;
  /**
   * When (performance.now()) its latest load began: a load that began after an event reached us
   * already shows that event, so the event need not reload the view again (a command that
   * reloads after its own action, then the action's event, would otherwise reload twice).
   */
  readonly lastLoadStartedAt?: number;
}

/** One view an event type reaches, for every action or only for the listed ones (and events `when` accepts). */
export interface Route {
  readonly view: Reloadable;
  readonly actions?: ReadonlySet<string>;
  /** Only events this accepts, e.g. containers that run a swarm task. */
  readonly when?: (event: RoutedEvent) => boolean;
}

/** What routing reads of an event. */
export type RoutedEvent = Pick<ResourceEvent, 'type' | 'action'> & { readonly attributes?: ResourceEvent['attributes'] };

export type EventRoutes = ReadonlyMap<ResourceKind, readonly Route[]>;

/**
 * Container actions that change what a container is: its existence, state, name or addresses.
 * Only these move the marks other views keep (images and volumes in use, a network's members,
 * the System view's counts); a health check or an exec every second must not make them rescan.
 */
export const containerLifecycle: ReadonlySet<string> = new Set([
  'create',
  'start',
  'restart',
  'die',
  'pause',
  'unpause',
  'destroy',
  'rename',
]);

/**
 * Container actions that change nothing any view shows: a process run inside it (exec_*), a
 * terminal attaching or resizing, files read or written (`docker cp`, export), `top`.
 */
const containerActivity: ReadonlySet<string> = new Set([
  'exec_create',
  'exec_start',
  'exec_die',
  'exec_detach',
  'attach',
  'detach',
  'resize',
  'top',
  'archive-path',
  'extract-to-dir',
  'copy',
  'export',
  'commit',
]);

/** A container that runs a swarm task: its lifecycle moves the task's state in the Swarm view. */
export function isTaskContainer(event: RoutedEvent): boolean {
  return Boolean(event.attributes?.['com.docker.swarm.task.id']);
}

/** The views `event` reaches. */
export function viewsFor(routes: EventRoutes, event: RoutedEvent): Reloadable[] {
  if (event.type === 'container' && containerActivity.has(event.action)) {
    return [];
  }
  return (routes.get(event.type) ?? [])
    .filter(route => (!route.actions || route.actions.has(event.action)) && (!route.when || route.when(event)))
    .map(route => route.view);
}

/** Every view any route reaches, e.g. to reload all after reconnecting. */
export function allViews(routes: EventRoutes): Reloadable[] {
  return [...new Set([...routes.values()].flat().map(route => route.view))];
}
