import type { ContainerRef, PruneResult } from '../containerTypes';
import { EngineError } from '../EngineError';
import { toPruneResult } from '../mappers/containerDetails';
import { toContainerSummary } from '../mappers/containers';
import type { RawContainer, RawVolume } from '../mappers/raw';
import { toVolumeSummary } from '../mappers/volumes';
import type { VolumeOperations } from '../operations/VolumeOperations';
import type { ListOptions, VolumeSummary } from '../types';
import type { CreateVolumeOptions, VolumeUsage } from '../volumeNetworkTypes';
import { labelFilter, withSignal, type EngineClient } from './EngineClient';
import { helperLabel } from './volumeFiles';

export class DockerodeVolumes implements VolumeOperations {
  constructor(private readonly client: EngineClient) {}

  readonly listVolumes = async (options: ListOptions = {}, signal?: AbortSignal): Promise<VolumeSummary[]> => {
    const raw = await this.client.call(s => this.client.docker.listVolumes(withSignal({ filters: labelFilter(options) }, s)), signal);
    return ((raw.Volumes ?? []) as RawVolume[]).map(toVolumeSummary);
  };

  readonly inspectVolume = (name: string, signal?: AbortSignal): Promise<Record<string, unknown>> => {
    return this.client.call(
      s => this.client.docker.getVolume(name).inspect(withSignal({}, s)) as Promise<unknown> as Promise<Record<string, unknown>>,
      signal,
    );
  };

  readonly createVolume = async (options: CreateVolumeOptions = {}, signal?: AbortSignal): Promise<VolumeSummary> => {
    // dockerode resolves to a Volume handle, not the engine's JSON: inspect it for the summary.
    const created = await this.client.call(
      s =>
        this.client.docker.createVolume(
          withSignal(
            {
              Name: options.name,
              Driver: options.driver ?? 'local',
              Labels: options.labels ? { ...options.labels } : undefined,
              DriverOpts: options.driverOpts ? { ...options.driverOpts } : undefined,
            },
            s,
          ),
        ),
      signal,
    );
    return toVolumeSummary(await this.inspectVolume(created.name, signal));
  };

  readonly removeVolume = async (name: string, options: { force?: boolean } = {}, signal?: AbortSignal): Promise<void> => {
    try {
      await this.client.call(s => this.client.docker.getVolume(name).remove(withSignal({ force: options.force }, s)), signal);
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'conflict') {
        const users = await this.containersUsing(name, signal).catch(() => []);
        if (users.length) {
          const names = users.map(u => u.name).join(', ');
          throw new EngineError(
            'conflict',
            `The volume ${name} is in use by ${users.length === 1 ? 'container' : 'containers'} ${names}, so it was kept. Remove ${users.length === 1 ? 'that container' : 'those containers'} first.`,
            err.endpoint,
            { cause: err },
          );
        }
      }
      throw err;
    }
  };

  readonly pruneVolumes = async (options: ListOptions = {}, signal?: AbortSignal): Promise<PruneResult> => {
    const raw = await this.client.call(s => this.client.docker.pruneVolumes(withSignal({ filters: labelFilter(options) }, s)), signal);
    return toPruneResult(raw, 'VolumesDeleted');
  };

  readonly listVolumesWithUsage = async (options: ListOptions = {}, signal?: AbortSignal): Promise<VolumeUsage[]> => {
    const [volumes, containers] = await Promise.all([
      this.listVolumes(options, signal),
      this.client.call(s => this.client.docker.listContainers(withSignal({ all: true }, s)), signal),
    ]);
    const usedBy = new Map<string, ContainerRef[]>();
    // The volume browser's helpers (never started) do not make a volume "in use".
    for (const c of (containers as RawContainer[]).map(toContainerSummary).filter(c => !(helperLabel in c.labels))) {
      for (const mount of c.mounts) {
        if (mount.type === 'volume' && mount.name) {
          const list = usedBy.get(mount.name) ?? [];
          list.push({ id: c.id, name: c.name });
          usedBy.set(mount.name, list);
        }
      }
    }
    return volumes.map(v => ({ ...v, usedBy: usedBy.get(v.name) ?? [] }));
  };

  readonly volumeDiskUsage = async (signal?: AbortSignal): Promise<VolumeSummary[]> => {
    const raw = (await this.client.diskUsage(signal)) as { Volumes?: RawVolume[] | null };
    return (raw.Volumes ?? []).map(toVolumeSummary);
  };

  private async containersUsing(volume: string, signal?: AbortSignal): Promise<ContainerRef[]> {
    const raw = await this.client.call(
      s => this.client.docker.listContainers(withSignal({ all: true, filters: { volume: [volume] } }, s)),
      signal,
    );
    return (raw as RawContainer[]).map(toContainerSummary).map(c => ({ id: c.id, name: c.name }));
  }
}
