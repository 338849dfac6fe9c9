import { composeLabels, type DockerEngine, type OutputStream } from '../../../engine';

/** A line for the merged log view: which source wrote it, and when (ms since the epoch). */
export interface FeedLine {
  readonly source: string;
  readonly stream: OutputStream;
  readonly text: string;
  readonly time: number;
}

/** One followed log stream: a container's (one source) or a swarm service's (a source per task). */
export interface LogFeed {
  /** What the feed is (a container's or service's id): a feed is followed once. */
  readonly key: string;
  /** The sources known before their first line (a container's name), listed at once. */
  readonly names: readonly string[];
  lines(signal: AbortSignal): AsyncIterable<FeedLine>;
  /** What the end of `lines` means for its sources. */
  readonly endState: 'removed' | 'ended';
}

/**
 * A container's logs with the engine's timestamps, followed across restarts (followLogs reattaches
 * from just after the last line seen, so nothing repeats); ends when the container is removed.
 */
export function containerFeed(engine: DockerEngine, target: { id: string; name: string }, tail: number | 'all'): LogFeed {
  return {
    key: target.id,
    names: [target.name],
    endState: 'removed',
    async *lines(signal) {
      for await (const line of engine.followLogs(target.id, { tail, timestamps: true }, signal)) {
        yield { source: target.name, stream: line.stream, text: line.text, time: line.timestamp?.getTime() ?? Date.now() };
      }
    },
  };
}

/** A swarm service's logs (`docker service logs -f -t`): every task is a source of its own (`web.1`, `web.2`). */
export function serviceFeed(engine: DockerEngine, service: { id: string; name: string }, tail: number): LogFeed {
  return {
    key: service.id,
    names: [],
    endState: 'ended',
    async *lines(signal) {
      for await (const line of engine.serviceLogs(service.id, { follow: true, tail, timestamps: true }, signal)) {
        yield {
          source: line.task ?? line.taskId?.slice(0, 12) ?? service.name,
          stream: line.stream,
          text: line.text,
          time: line.timestamp?.getTime() ?? Date.now(),
        };
      }
    },
  };
}

/**
 * The containers of a compose project that start from now on (a recreated or scaled service),
 * from the engine's events; restarts of containers already followed come too, and the panel
 * skips feeds it follows already.
 */
export function projectFeeds(engine: DockerEngine, project: string, tail: number): (signal: AbortSignal) => AsyncIterable<LogFeed> {
  return async function* (signal) {
    for await (const event of engine.events({ types: ['container'] }, signal)) {
      if (event.type === 'container' && event.action === 'start' && event.attributes[composeLabels.project] === project) {
        yield containerFeed(engine, { id: event.id, name: event.attributes.name ?? event.id.slice(0, 12) }, tail);
      }
    }
  };
}
