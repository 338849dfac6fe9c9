import { blockSize, type TarEntry, type TarEntryType } from './tarHeader';

export type TarEvent =
  { readonly kind: 'entry'; readonly entry: TarEntry } | { readonly kind: 'data'; readonly data: Buffer } | { readonly kind: 'entryEnd' };

/**
 * Reads a tar stream as a sequence of events — an entry's header, its data in chunks, its end —
 * so that files are streamed and never held whole. Understands ustar, PAX (`path`, `linkpath`,
 * `size`) and GNU long names, which is what the Engine's `GET /archive` produces. With
 * `skipData`, content is read past without data events (listings).
 */
export async function* readTar(stream: AsyncIterable<Buffer | string>, options: { skipData?: boolean } = {}): AsyncGenerator<TarEvent> {
  let pending: Buffer = Buffer.alloc(0);
  /** Bytes of the current entry's data still to come, then its padding. */
  let remaining = 0;
  let skip = 0;
  let inEntry = false;
  /** A PAX or GNU long-name header's body being collected, applied to the next entry. */
  let meta: { type: string; size: number; parts: Buffer[] } | undefined;
  let overrides: Record<string, string> = {};

  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    // Most chunks arrive with nothing pending (content is consumed whole): no copy then.
    pending = pending.length ? Buffer.concat([pending, bytes]) : bytes;
    for (;;) {
      if (remaining > 0) {
        if (!pending.length) {
          break;
        }
        const take = Math.min(remaining, pending.length);
        const data = pending.subarray(0, take);
        pending = pending.subarray(take);
        remaining -= take;
        if (meta) {
          meta.parts.push(data);
        } else if (!options.skipData) {
          yield { kind: 'data', data };
        }
        if (remaining > 0) {
          break;
        }
      }
      if (skip > 0) {
        const take = Math.min(skip, pending.length);
        pending = pending.subarray(take);
        skip -= take;
        if (skip > 0) {
          break;
        }
      }
      if (meta && remaining === 0) {
        overrides = { ...overrides, ...metaRecords(meta.type, Buffer.concat(meta.parts)) };
        meta = undefined;
      }
      if (inEntry && remaining === 0) {
        inEntry = false;
        yield { kind: 'entryEnd' };
      }
      if (pending.length < blockSize) {
        break;
      }
      const block = pending.subarray(0, blockSize);
      pending = pending.subarray(blockSize);
      if (block.every(b => b === 0)) {
        continue;
      }
      const typeflag = String.fromCharCode(block[156] || 48);
      const size = readNumber(block, 124, 12);
      if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
        // Global PAX records ('g') are read and dropped: Docker does not use them.
        meta = { type: typeflag === 'g' ? 'ignore' : typeflag, size, parts: [] };
        remaining = size;
        skip = padTo(size);
        continue;
      }
      const entry = toEntry(block, typeflag, size, overrides);
      overrides = {};
      yield { kind: 'entry', entry };
      inEntry = true;
      const dataSize = entry.type === 'file' || entry.type === 'other' ? entry.size : 0;
      remaining = dataSize;
      skip = padTo(dataSize);
      if (dataSize === 0) {
        inEntry = false;
        yield { kind: 'entryEnd' };
      }
    }
  }
  if (remaining > 0 || inEntry) {
    throw new Error('The tar stream ended in the middle of an entry.');
  }
}

function padTo(size: number): number {
  const rest = size % blockSize;
  return rest ? blockSize - rest : 0;
}

function metaRecords(type: string, body: Buffer): Record<string, string> {
  if (type === 'L') {
    return { path: cString(body) };
  }
  if (type === 'K') {
    return { linkpath: cString(body) };
  }
  if (type !== 'x') {
    return {};
  }
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    const length = Number(body.subarray(offset, space).toString('latin1'));
    if (space < 0 || !Number.isFinite(length) || length <= 0) {
      break;
    }
    const record = body.subarray(space + 1, offset + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    records[record.slice(0, eq)] = record.slice(eq + 1);
    offset += length;
  }
  return records;
}

function toEntry(block: Buffer, typeflag: string, size: number, overrides: Record<string, string>): TarEntry {
  const prefix = block.subarray(257, 263).toString('latin1').startsWith('ustar') ? cString(block.subarray(345, 500)) : '';
  const rawName = overrides.path ?? (prefix ? `${prefix}/${cString(block.subarray(0, 100))}` : cString(block.subarray(0, 100)));
  const type: TarEntryType =
    typeflag === '0' || typeflag === '7'
      ? 'file'
      : typeflag === '5'
        ? 'directory'
        : typeflag === '2'
          ? 'symlink'
          : typeflag === '1'
            ? 'hardlink'
            : 'other';
  return {
    name: rawName.replace(/\/+$/, ''),
    type,
    size: overrides.size ? Number(overrides.size) : size,
    mode: readNumber(block, 100, 8),
    mtime: new Date((overrides.mtime ? Number(overrides.mtime) : readNumber(block, 136, 12)) * 1000),
    linkname: overrides.linkpath ?? (cString(block.subarray(157, 257)) || undefined),
    uid: overrides.uid ? Number(overrides.uid) : readNumber(block, 108, 8),
    gid: overrides.gid ? Number(overrides.gid) : readNumber(block, 116, 8),
  };
}

function cString(buffer: Buffer): string {
  const nul = buffer.indexOf(0);
  return buffer.subarray(0, nul < 0 ? buffer.length : nul).toString('utf8');
}

/** Octal, or GNU base-256 (high bit set) for sizes over 8 GiB. */
function readNumber(block: Buffer, offset: number, length: number): number {
  if (block[offset] & 0x80) {
    let value = 0;
    for (let i = offset + 1; i < offset + length; i++) {
      value = value * 256 + block[i];
    }
    return value;
  }
  const text = block
    .subarray(offset, offset + length)
    .toString('latin1')
    .replace(/[\0 ]+$/g, '')
    .trim();
  return text ? parseInt(text, 8) : 0;
}
