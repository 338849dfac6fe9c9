import type * as vscode from 'vscode';

const key = 'dockhand.builds';
/** The most recent builds remembered; older ones fall back to matching open Dockerfiles. */
const maxRecords = 50;

/**
 * Which Dockerfile each image Dockhand built came from, so that a layer can lead back to the
 * instruction that made it. Kept in the workspace's state: it outlives a window reload.
 */
export class BuildRecords {
  constructor(private readonly state: vscode.Memento) {}

  /** The Dockerfile (a URI string) the image was built from, if Dockhand built it here. */
  dockerfileOf(imageId: string): string | undefined {
    // A build reports the full id, or (old engines) a short one: the same image either way.
    const hex = imageId.replace(/^sha256:/, '');
    return this.records().find(r => hex.startsWith(r.imageId.replace(/^sha256:/, '')))?.dockerfile;
  }

  async record(imageId: string, dockerfile: vscode.Uri): Promise<void> {
    const rest = this.records().filter(r => r.imageId !== imageId);
    await this.state.update(key, [{ imageId, dockerfile: dockerfile.toString() }, ...rest].slice(0, maxRecords));
  }

  private records(): Array<{ imageId: string; dockerfile: string }> {
    const value = this.state.get<unknown>(key);
    return Array.isArray(value)
      ? value.filter(
          (r): r is { imageId: string; dockerfile: string } =>
            typeof (r as { imageId?: unknown }).imageId === 'string' && typeof (r as { dockerfile?: unknown }).dockerfile === 'string',
        )
      : [];
  }
}
