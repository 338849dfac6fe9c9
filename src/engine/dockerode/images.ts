import type { PruneResult } from '../containerTypes';
import type { ImageHistoryEntry, RemoveImageOptions, RemoveImageResult } from '../imageTypes';
import { EngineError } from '../EngineError';
import { toImagePruneResult } from '../mappers/containerDetails';
import { toHistoryEntry, toRemoveImageResult, type RawHistory } from '../mappers/imageDetails';
import { toImageSummary } from '../mappers/images';
import { toContainerSummary } from '../mappers/containers';
import type { RawContainer, RawImage } from '../mappers/raw';
import { isContainerUp } from '../containerState';
import { newImageReferenceProblem, parseImageReference } from '../../shared/imageReference';
import type { ImageSummary, ListOptions } from '../types';
import { labelFilter, withSignal, type EngineClient } from './EngineClient';

/** Listing, tagging, removing and reading images; transfers and builds live beside this file. */
export class DockerodeImages {
  constructor(private readonly client: EngineClient) {}

  readonly listImages = async (options: ListOptions = {}, signal?: AbortSignal): Promise<ImageSummary[]> => {
    const raw = await this.client.call(s => this.client.docker.listImages(withSignal({ filters: labelFilter(options) }, s)), signal);
    return (raw as RawImage[]).map(toImageSummary);
  };

  readonly inspectImage = async (id: string, signal?: AbortSignal): Promise<Record<string, unknown>> => {
    const raw = await this.client.call<unknown>(s => this.client.docker.getImage(id).inspect(withSignal<object>({}, s)), signal);
    return raw as Record<string, unknown>;
  };

  readonly tagImage = async (source: string, target: string, signal?: AbortSignal): Promise<void> => {
    const problem = newImageReferenceProblem(target);
    if (problem) {
      throw this.client.error('invalid', `'${target}' cannot be a tag: ${problem}.`);
    }
    const ref = parseImageReference(target);
    await this.client.call(
      s => this.client.docker.getImage(source).tag(withSignal({ repo: ref.repository, tag: ref.tag ?? 'latest' }, s)),
      signal,
    );
  };

  readonly removeImage = async (ref: string, options: RemoveImageOptions = {}, signal?: AbortSignal): Promise<RemoveImageResult> => {
    try {
      const raw: unknown = await this.client.call(
        s =>
          this.client.docker
            .getImage(ref)
            .remove(withSignal({ force: options.force ?? false, noprune: options.noPrune ?? false }, s)) as Promise<unknown>,
        signal,
      );
      return toRemoveImageResult(raw as Array<{ Untagged?: string; Deleted?: string }>);
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'conflict') {
        throw await this.explainConflict(ref, err, signal);
      }
      throw err;
    }
  };

  /** The engine names at most one container, by id: name every one that uses the image. */
  private async explainConflict(ref: string, err: EngineError, signal?: AbortSignal): Promise<EngineError> {
    const users = await this.client
      .call(s => this.client.docker.listContainers(withSignal({ all: true, filters: { ancestor: [ref] } }, s)), signal)
      .catch(() => []);
    if (!users.length) {
      return err;
    }
    const containers = (users as RawContainer[]).map(toContainerSummary);
    const names = containers.map(c => `${c.name} (${c.state})`);
    // The engine never force-removes an image a container that is up uses.
    const running = containers.some(c => isContainerUp(c.state));
    const advice = running ? 'Stop and remove those containers first.' : 'Remove those containers first, or force the removal.';
    return new EngineError(
      'conflict',
      `The image ${ref} is used by ${names.length === 1 ? 'container' : 'containers'} ${names.join(', ')}. ${advice} (${err.message})`,
      err.endpoint,
      { cause: err },
    );
  }

  readonly imageHistory = async (ref: string, signal?: AbortSignal): Promise<ImageHistoryEntry[]> => {
    const raw = await this.client.dial<RawHistory[] | null>({ method: 'GET', path: `/images/${encodeURIComponent(ref)}/history` }, signal);
    return (raw ?? []).map(toHistoryEntry);
  };

  readonly pruneImages = async (options: ListOptions & { all?: boolean } = {}, signal?: AbortSignal): Promise<PruneResult> => {
    const filters = { ...labelFilter(options), dangling: [options.all ? 'false' : 'true'] };
    const raw = await this.client.call(s => this.client.docker.pruneImages(withSignal({ filters }, s)), signal);
    return toImagePruneResult(raw);
  };
}
