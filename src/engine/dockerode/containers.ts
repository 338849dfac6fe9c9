import type Dockerode from 'dockerode';
import type {
  CommitOptions,
  ContainerStats,
  FileChange,
  PruneResult,
  RemoveContainerOptions,
  StopOptions,
  TopResult,
} from '../containerTypes';
import { toContainerSummary } from '../mappers/containers';
import { toFileChanges, toPruneResult, toTopResult } from '../mappers/containerDetails';
import type { RawContainer } from '../mappers/raw';
import { toContainerStats, type RawStats } from '../mappers/stats';
import type { ContainerOperations } from '../operations/ContainerOperations';
import { splitJsonLines } from '../../shared/splitJsonLines';
import { untilAborted } from '../streams/untilAborted';
import type { ContainerSummary, ListOptions } from '../types';
import { labelFilter, withSignal, type EngineClient } from './EngineClient';

export class DockerodeContainers implements ContainerOperations {
  constructor(private readonly client: EngineClient) {}

  private container(id: string): Dockerode.Container {
    return this.client.docker.getContainer(id);
  }

  readonly listContainers = async (options: ListOptions & { all?: boolean } = {}, signal?: AbortSignal): Promise<ContainerSummary[]> => {
    const raw = await this.client.call(
      s => this.client.docker.listContainers(withSignal({ all: options.all ?? true, filters: labelFilter(options) }, s)),
      signal,
    );
    return (raw as RawContainer[]).map(toContainerSummary);
  };

  readonly inspectContainer = (id: string, signal?: AbortSignal): Promise<Record<string, unknown>> => {
    return this.client.call(
      s => this.container(id).inspect(withSignal({}, s)) as Promise<unknown> as Promise<Record<string, unknown>>,
      signal,
    );
  };

  readonly startContainer = async (id: string, signal?: AbortSignal): Promise<void> => {
    await this.client.call(s => this.container(id).start(withSignal({}, s)), signal);
  };

  readonly stopContainer = async (id: string, options: StopOptions = {}, signal?: AbortSignal): Promise<void> => {
    await this.client.call(s => this.container(id).stop(withSignal({ t: options.timeoutSeconds }, s)), signal);
  };

  readonly restartContainer = async (id: string, options: StopOptions = {}, signal?: AbortSignal): Promise<void> => {
    await this.client.call(s => this.container(id).restart(withSignal({ t: options.timeoutSeconds }, s)), signal);
  };

  readonly killContainer = async (id: string, options: { signal?: string } = {}, signal?: AbortSignal): Promise<void> => {
    await this.client.call(s => this.container(id).kill(withSignal({ signal: options.signal ?? 'SIGKILL' }, s)), signal);
  };

  readonly pauseContainer = async (id: string, signal?: AbortSignal): Promise<void> => {
    await this.client.call(s => this.container(id).pause(withSignal({}, s)), signal);
  };

  readonly unpauseContainer = async (id: string, signal?: AbortSignal): Promise<void> => {
    await this.client.call(s => this.container(id).unpause(withSignal({}, s)), signal);
  };

  readonly removeContainer = async (id: string, options: RemoveContainerOptions = {}, signal?: AbortSignal): Promise<void> => {
    await this.client.call(
      s => this.container(id).remove(withSignal({ force: options.force ?? false, v: options.removeVolumes ?? false }, s)),
      signal,
    );
  };

  readonly pruneContainers = async (options: ListOptions = {}, signal?: AbortSignal): Promise<PruneResult> => {
    const raw = await this.client.call(s => this.client.docker.pruneContainers(withSignal({ filters: labelFilter(options) }, s)), signal);
    return toPruneResult(raw, 'ContainersDeleted');
  };

  readonly renameContainer = async (id: string, newName: string, signal?: AbortSignal): Promise<void> => {
    await this.client.call(s => this.container(id).rename(withSignal({ name: newName }, s)), signal);
  };

  readonly topContainer = async (id: string, signal?: AbortSignal): Promise<TopResult> => {
    const raw: unknown = await this.client.call(s => this.container(id).top(withSignal({}, s)) as Promise<unknown>, signal);
    return toTopResult(raw as { Titles?: string[]; Processes?: string[][] });
  };

  readonly containerChanges = async (id: string, signal?: AbortSignal): Promise<FileChange[]> => {
    const raw = await this.client.call(s => this.container(id).changes(withSignal({}, s)) as Promise<unknown>, signal);
    return toFileChanges(raw as Array<{ Path?: string; Kind?: number }> | null);
  };

  readonly commitContainer = async (id: string, options: CommitOptions = {}, signal?: AbortSignal): Promise<string> => {
    const query = {
      repo: options.repo,
      tag: options.tag,
      author: options.author,
      comment: options.message,
      // The engine takes several changes as repeated `changes` parameters (an array).
      changes: options.changes?.length ? [...options.changes] : undefined,
      pause: options.pause ?? true,
    };
    const raw = await this.client.call(s => this.container(id).commit(withSignal(query, s)) as Promise<{ Id?: string }>, signal);
    return raw.Id ?? '';
  };

  readonly containerStats = async (id: string, signal?: AbortSignal): Promise<ContainerStats> => {
    // one-shot=false makes the engine wait for a second reading, so CPU % has a previous one.
    const raw = await this.client.call(s => this.container(id).stats(withSignal({ stream: false as const }, s)), signal);
    return toContainerStats(raw);
  };

  readonly streamContainerStats = (id: string, signal: AbortSignal): AsyncIterable<ContainerStats> => this.statsStream(id, signal);

  private async *statsStream(id: string, signal: AbortSignal): AsyncIterable<ContainerStats> {
    const stream = await this.client.call(s => this.container(id).stats(withSignal({ stream: true as const }, s)), signal);
    try {
      for await (const raw of untilAborted(splitJsonLines(stream as AsyncIterable<Buffer>), signal)) {
        yield toContainerStats(raw as RawStats);
      }
    } catch (err) {
      if (!signal.aborted) {
        throw this.client.toError(err, signal);
      }
    } finally {
      (stream as { destroy?: () => void }).destroy?.();
    }
  }
}
