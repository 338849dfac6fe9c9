import * as vscode from 'vscode';
import type { DockerEngine, VolumeMount } from '../../engine';
import type { FileLocation } from './ArchiveFileSystemProvider';

/** A helper is removed after this long without a file operation on its volume. */
const idleMs = 60_000;

/**
 * The helper containers that give the volume browser its access: one per volume while it is
 * browsed (created on the first file operation, never started), removed once idle and when
 * Dockhand stops. Browsing a volume therefore never leaves a container behind for long.
 */
export class VolumeMounts implements vscode.Disposable {
  private readonly mounts = new Map<string, { mount: Promise<VolumeMount>; timer?: ReturnType<typeof setTimeout> }>();

  constructor(private readonly engine: () => DockerEngine) {}

  async locate(uri: vscode.Uri): Promise<FileLocation> {
    const volume = uri.authority;
    let held = this.mounts.get(volume);
    if (!held) {
      const mount = this.engine().mountVolumes([volume]);
      held = { mount };
      this.mounts.set(volume, held);
      mount.catch(() => this.mounts.delete(volume));
    }
    if (held.timer) {
      clearTimeout(held.timer);
    }
    held.timer = setTimeout(() => void this.release(volume), idleMs);
    const mount = await held.mount;
    const inside = uri.path && uri.path !== '/' ? uri.path : '';
    return { containerId: mount.containerId, path: `${mount.pathOf(volume)}${inside}` };
  }

  /** Removes the helper of `volume`, if there is one (before the volume itself is removed, say). */
  async release(volume: string): Promise<void> {
    const held = this.mounts.get(volume);
    if (!held) {
      return;
    }
    this.mounts.delete(volume);
    if (held.timer) {
      clearTimeout(held.timer);
    }
    const mount = await held.mount.catch(() => undefined);
    await mount?.release().catch(() => undefined);
  }

  /** Volumes whose helper exists now. */
  get held(): string[] {
    return [...this.mounts.keys()];
  }

  async releaseAll(): Promise<void> {
    await Promise.all([...this.mounts.keys()].map(volume => this.release(volume)));
  }

  dispose(): void {
    void this.releaseAll();
  }
}
