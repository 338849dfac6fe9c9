/**
 * The parts of a short-syntax volume (`SOURCE:TARGET[:MODE]`). A source that is a path (`./x`,
 * `/x`, `~/x`, `C:\x`) is a bind mount; a bare name is a named volume declared under `volumes:`.
 */
export interface VolumeSpec {
  readonly source?: string;
  readonly target: string;
  readonly mode?: string;
}

export function parseVolumeSpec(text: string): VolumeSpec {
  // A Windows drive letter's colon is part of the path, not a separator.
  const drive = /^[a-zA-Z]:[\\/]/.test(text) ? text.slice(0, 2) : '';
  const parts = text.slice(drive.length).split(':');
  if (parts.length === 1) {
    return { target: drive + (parts[0] ?? '') };
  }
  return { source: drive + (parts[0] ?? ''), target: parts[1] ?? '', mode: parts[2] };
}

export function isBindSource(source: string): boolean {
  return /^(\.|\/|~|[a-zA-Z]:[\\/]|\$)/.test(source) || source.includes('/');
}

/** The named volume a short-syntax entry uses, or undefined for bind mounts and anonymous volumes. */
export function namedVolumeSource(text: string): string | undefined {
  const { source } = parseVolumeSpec(text);
  return source && !isBindSource(source) ? source : undefined;
}
