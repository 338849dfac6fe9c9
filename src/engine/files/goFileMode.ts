import type { PathType } from '../fileTypes';

// Go's os.FileMode bits, which the engine's X-Docker-Container-Path-Stat header carries.
const modeDir = 2 ** 31;
const modeSymlink = 2 ** 27;
const modeDevice = 2 ** 26;
const modeNamedPipe = 2 ** 25;
const modeSocket = 2 ** 24;
const modeSetuid = 2 ** 23;
const modeSetgid = 2 ** 22;
const modeSticky = 2 ** 20;
const modeIrregular = 2 ** 19;

/** The file type and the Unix permission bits of a Go FileMode. */
export function fromGoFileMode(mode: number): { type: PathType; mode: number } {
  const has = (bit: number) => Math.floor(mode / bit) % 2 === 1;
  const type: PathType = has(modeDir)
    ? 'directory'
    : has(modeSymlink)
      ? 'symlink'
      : has(modeDevice) || has(modeNamedPipe) || has(modeSocket) || has(modeIrregular)
        ? 'other'
        : 'file';
  const special = (has(modeSetuid) ? 0o4000 : 0) | (has(modeSetgid) ? 0o2000 : 0) | (has(modeSticky) ? 0o1000 : 0);
  return { type, mode: (mode % 0o1000) | special };
}

/** The type and permission bits of a raw Unix `st_mode` (as `stat -c %f` prints it, in hex). */
export function fromUnixMode(mode: number): { type: PathType; mode: number } {
  const format = mode & 0o170000;
  const type: PathType = format === 0o040000 ? 'directory' : format === 0o120000 ? 'symlink' : format === 0o100000 ? 'file' : 'other';
  return { type, mode: mode & 0o7777 };
}
