/**
 * The ustar header format (POSIX.1-1988 with the PAX extensions of POSIX.1-2001), written and
 * read by our own code so that the engine layer needs no tar dependency. Blocks are 512 bytes.
 */

export const blockSize = 512;

export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface TarEntry {
  /** Path inside the archive, with `/` separators; directories without a trailing slash. */
  readonly name: string;
  readonly type: TarEntryType;
  readonly size: number;
  readonly mode: number;
  readonly mtime: Date;
  readonly linkname?: string;
}

const typeFlags: Record<TarEntryType, string> = { file: '0', directory: '5', symlink: '2', hardlink: '1', other: '0' };
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
  });
  if (!pax.length) {
    return main;
  }
  const body = Buffer.from(pax.map(([key, value]) => paxRecord(key, value)).join(''));
  const paxHeader = ustarBlock({ name: truncateUtf8(`PaxHeaders/${name}`, 100), typeflag: 'x', size: body.length, mode: 0o644, mtime: 0, linkname: '' });
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

interface UstarFields { name: string; typeflag: string; size: number; mode: number; mtime: number; linkname: string }

function ustarBlock(f: UstarFields): Buffer {
  const block = Buffer.alloc(blockSize);
  block.write(f.name, 0, 100, 'utf8');
  writeOctal(block, f.mode & 0o7777, 100, 8);
  writeOctal(block, 0, 108, 8);
  writeOctal(block, 0, 116, 8);
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
  return buffer.length <= bytes ? text : buffer.subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}
