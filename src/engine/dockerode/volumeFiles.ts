import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import type { VolumeFileOperations, VolumeMount } from '../operations/VolumeFileOperations';
import { toVolumeSummary } from '../mappers/volumes';
import { endOfArchive } from '../tar/tarHeader';
import type { VolumeSummary } from '../types';
import { EngineError } from '../EngineError';
import { withSignal, type EngineClient } from './EngineClient';
import { copyFromContainer, writeWhole } from './files';

/** Marks what Dockhand creates for itself, so that it can be told apart (and cleaned up). */
export const helperLabel = 'dockhand.helper';
/** An image with no files at all: a container from it can be created (never run) to hold mounts. */
export const emptyImage = 'dockhand-helper/empty:latest';

export class DockerodeVolumeFiles implements VolumeFileOperations {
  private imageReady: Promise<void> | undefined;

  constructor(private readonly client: EngineClient) {}

  readonly mountVolumes = async (volumes: readonly string[], signal?: AbortSignal): Promise<VolumeMount> => {
    // Creating a container with a volume that does not exist would create the volume.
    for (const volume of volumes) {
      await this.client.call(s => this.client.docker.getVolume(volume).inspect(withSignal({}, s)), signal);
    }
    await this.ensureEmptyImage(signal);
    const paths = new Map(volumes.map((volume, i) => [volume, `/volume${i}`]));
    const container = await this.client.call(
      s =>
        this.client.docker.createContainer(
          withSignal(
            {
              Image: emptyImage,
              // Never run: an image without files has nothing to run; the engine only wants a command.
              Cmd: ['/dockhand-helper-never-started'],
              Labels: { [helperLabel]: 'volume', [`${helperLabel}.volumes`]: volumes.join(',') },
              NetworkDisabled: true,
              HostConfig: {
                NetworkMode: 'none',
                Mounts: volumes.map(volume => ({ Type: 'volume' as const, Source: volume, Target: paths.get(volume) ?? '' })),
              },
            },
            s,
          ),
        ),
      signal,
    );
    return {
      containerId: container.id,
      pathOf: volume => {
        const path = paths.get(volume);
        if (!path) {
          throw this.client.error('invalid', `The volume ${volume} is not mounted in this helper.`);
        }
        return path;
      },
      release: async s => {
        await this.client
          .call(sig => container.remove(withSignal({ force: true }, sig)), s)
          .catch((err: unknown) => {
            if (!(err instanceof EngineError && err.kind === 'notFound')) {
              throw err;
            }
          });
      },
    };
  };

  readonly exportVolume = async (volume: string, filePath: string, signal?: AbortSignal): Promise<void> => {
    await this.withMount([volume], signal, async mount => {
      const stream = await copyFromContainer(this.client, mount.containerId, `${mount.pathOf(volume)}/.`, signal);
      await writeWhole(this.client, stream, filePath, signal);
    });
  };

  readonly importVolume = async (volume: string, filePath: string, signal?: AbortSignal): Promise<void> => {
    await this.client
      .call(() => fs.promises.access(filePath, fs.constants.R_OK), signal)
      .catch((err: unknown) => {
        throw this.client.error('notFound', `Cannot read ${filePath}: ${(err as Error).message}`);
      });
    await this.withMount([volume], signal, async mount => {
      const file = fs.createReadStream(filePath);
      try {
        await this.unpack(mount.containerId, mount.pathOf(volume), file, signal);
      } finally {
        file.destroy();
      }
    });
  };

  readonly cloneVolume = async (source: string, target: string, signal?: AbortSignal): Promise<VolumeSummary> => {
    const info = (await this.client.call(s => this.client.docker.getVolume(source).inspect(withSignal({}, s)), signal)) as {
      Driver?: string;
      Labels?: Record<string, string> | null;
    };
    if (await exists(this.client.call(s => this.client.docker.getVolume(target).inspect(withSignal({}, s)), signal))) {
      throw this.client.error('conflict', `A volume named ${target} already exists: choose another name.`);
    }
    const options = { Name: target, Driver: info.Driver ?? 'local', Labels: { ...info.Labels } };
    await this.client.call(s => this.client.docker.createVolume(withSignal(options, s)), signal);
    try {
      await this.withMount([source, target], signal, async mount => {
        const stream = await copyFromContainer(this.client, mount.containerId, `${mount.pathOf(source)}/.`, signal);
        try {
          await this.unpack(mount.containerId, mount.pathOf(target), stream, signal);
        } finally {
          (stream as { destroy?: () => void }).destroy?.();
        }
      });
    } catch (err) {
      // A half-copied clone is worse than none.
      await this.client.call(s => this.client.docker.getVolume(target).remove(withSignal({}, s))).catch(() => undefined);
      throw err;
    }
    const created = await this.client.call(s => this.client.docker.getVolume(target).inspect(withSignal({}, s)), signal);
    return toVolumeSummary(created);
  };

  /** PUT /archive, keeping the archive's owners (a volume's files belong to the service's user). */
  private async unpack(containerId: string, dir: string, archive: NodeJS.ReadableStream, signal?: AbortSignal): Promise<void> {
    const container = this.client.docker.getContainer(containerId);
    await this.client.call(s => container.putArchive(archive, withSignal({ path: dir, copyUIDGID: true }, s)), signal);
  }

  private async withMount<T>(
    volumes: readonly string[],
    signal: AbortSignal | undefined,
    body: (mount: VolumeMount) => Promise<T>,
  ): Promise<T> {
    const mount = await this.mountVolumes(volumes, signal);
    try {
      return await body(mount);
    } finally {
      await mount.release();
    }
  }

  /** `docker import` of an empty archive, once per engine; concurrent callers share the import. */
  private ensureEmptyImage(signal?: AbortSignal): Promise<void> {
    this.imageReady ??= this.importEmptyImage(signal).catch((err: unknown) => {
      this.imageReady = undefined;
      throw err;
    });
    return this.imageReady;
  }

  private async importEmptyImage(signal?: AbortSignal): Promise<void> {
    if (await exists(this.client.call(s => this.client.docker.getImage(emptyImage).inspect(withSignal({}, s)), signal))) {
      return;
    }
    const [repo, tag] = emptyImage.split(':');
    const emptyArchive = Readable.from([endOfArchive]) as unknown as NodeJS.ReadableStream;
    const options = { repo, tag, changes: [`LABEL ${helperLabel}=empty`] };
    const progress = await this.client.call<NodeJS.ReadableStream>(
      s => this.client.docker.importImage(emptyArchive, withSignal(options, s)),
      signal,
    );
    for await (const chunk of progress as AsyncIterable<Buffer>) {
      const text = chunk.toString('utf8');
      if (text.includes('"error"')) {
        throw this.client.error('failed', `Could not create the empty helper image: ${text.trim()}`);
      }
    }
  }
}

/** Whether an inspect found the resource (false on notFound; other failures pass). */
function exists(inspect: Promise<unknown>): Promise<boolean> {
  return inspect.then(
    () => true,
    (err: unknown) => {
      if (err instanceof EngineError && err.kind === 'notFound') {
        return false;
      }
      throw err;
    },
  );
}
