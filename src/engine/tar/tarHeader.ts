/**
 * The ustar header format (POSIX.1-1988 with the PAX extensions of POSIX.1-2001), written and
 * read by our own code so that the engine layer needs no tar dependency. Blocks are 512 bytes.
 */

export const blockSize = 512;

/** `removal` is written only (see removalArchive); the reader never produces it. */
export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other' | 'removal';

export interface TarEntry {
  /** Path inside the archive, with `/` separators; directories without a trailing slash. */
  readonly name: string;
  readonly type: TarEntryType;
  readonly size: number;
  readonly mode: number;
  readonly mtime: Date;
  readonly linkname?: string;
  /** Numeric owner; 0 (root) when absent. The engine applies them with `copyUIDGID`. */
  readonly uid?: number;
  readonly gid?: number;
}

const typeFlags: Record<TarEntryType, string> = { file: '0', directory: '5', symlink: '2', hardlink: '1', other: '0', removal: 'Z' };
/** The largest size an 11-digit octal field holds; bigger files need a PAX `size` record. */
const maxOctalSize = 0o77777777777;

/** The header block(s) for one entry: a PAX header first when a field does not fit ustar. */
export function encodeHeader(entry: TarEntry): Buffer {
  const name = entry.type === 'directory' ? `${entry.name}/` : entry.name;
  const pax: Array<[string, string]> = [];
  if (Buffer.byteLength(name) > 100) {
    pax.push(['path', name]);
  }
  if (entry.linkname && Buffer.byteLength(entry.linkname) > 100) {
    pax.push(['linkpath', entry.linkname]);
  }
  if (entry.size > maxOctalSize) {
    pax.push(['size', String(entry.size)]);
  }
  const main = ustarBlock({
    name: truncateUtf8(name, 100),
    typeflag: typeFlags[entry.type],
    size: entry.size > maxOctalSize ? 0 : entry.size,
    mode: entry.mode,
    mtime: Math.floor(entry.mtime.getTime() / 1000),
    linkname: truncateUtf8(entry.linkname ?? '', 100),
    uid: entry.uid ?? 0,
    gid: entry.gid ?? 0,
  });
  if (!pax.length) {
    return main;
  }
  const body = Buffer.from(pax.map(([key, value]) => paxRecord(key, value)).join(''));
  const paxHeader = ustarBlock({
    name: truncateUtf8(`PaxHeaders/${name}`, 100),
    typeflag: 'x',
    size: body.length,
    mode: 0o644,
    mtime: 0,
    linkname: '',
    uid: 0,
    gid: 0,
  });
  return Buffer.concat([paxHeader, body, padding(body.length), main]);
}

/** Zero bytes that round `size` up to a whole block. */
export function padding(size: number): Buffer {
  const rest = size % blockSize;
  return Buffer.alloc(rest ? blockSize - rest : 0);
}

/** Two zero blocks end an archive. */
export const endOfArchive = Buffer.alloc(blockSize * 2);

/** "<length> key=value\n", where the length counts its own digits. */
export function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(rest) + 1;
  while (String(length).length + Buffer.byteLength(rest) !== length) {
    length++;
  }
  return `${length}${rest}`;
}

interface UstarFields {
  name: string;
  typeflag: string;
  size: number;
  mode: number;
  mtime: number;
  linkname: string;
  uid: number;
  gid: number;
}

function ustarBlock(f: UstarFields): Buffer {
  const block = Buffer.alloc(blockSize);
  block.write(f.name, 0, 100, 'utf8');
  writeOctal(block, f.mode & 0o7777, 100, 8);
  writeOctal(block, f.uid, 108, 8);
  writeOctal(block, f.gid, 116, 8);
  writeOctal(block, f.size, 124, 12);
  writeOctal(block, Math.max(0, f.mtime), 136, 12);
  block.write(f.typeflag, 156, 1, 'latin1');
  block.write(f.linkname, 157, 100, 'utf8');
  block.write('ustar\0', 257, 6, 'latin1');
  block.write('00', 263, 2, 'latin1');
  // The checksum is computed with its own field as eight spaces.
  block.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of block) {
    sum += byte;
  }
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return block;
}

function writeOctal(block: Buffer, value: number, offset: number, length: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'latin1');
}

function truncateUtf8(text: string, bytes: number): string {
  const buffer = Buffer.from(text);
  return buffer.length <= bytes
    ? text
    : buffer
        .subarray(0, bytes)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
}

/** A whole archive of entries held in memory (a file being saved, a new folder). */
export function packEntries(items: ReadonlyArray<{ entry: TarEntry; data?: Buffer }>): Buffer {
  const blocks: Buffer[] = [];
  for (const { entry, data } of items) {
    blocks.push(encodeHeader(entry));
    if (data?.length) {
      blocks.push(data, padding(data.length));
    }
  }
  blocks.push(endOfArchive);
  return Buffer.concat(blocks);
}

/**
 * An archive that removes `name` from the folder it is unpacked into. The Engine API has no
 * delete; but its unpacker first removes whatever is at an entry's path ("If path exists we
 * almost always just want to remove and replace it", moby pkg/archive Unpack), then writes the
 * entry, and refuses an entry type it does not know. An entry of such a type (`Z`) therefore
 * leaves the path removed and nothing in its place; the request itself reports that refusal, so
 * callers check the outcome instead of the status.
 */
export function removalArchive(name: string): Buffer {
  return packEntries([{ entry: { name, type: 'removal', size: 0, mode: 0, mtime: new Date(0) } }]);
}
