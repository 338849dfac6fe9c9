import * as assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parseListing } from '../../../src/engine/files/execListing';
import { fromGoFileMode, fromUnixMode } from '../../../src/engine/files/goFileMode';
import { parseIdFile } from '../../../src/engine/files/ownerNames';
import { directChildren } from '../../../src/engine/tar/directChildren';
import { renameArchiveRoot } from '../../../src/engine/tar/renameArchiveRoot';
import { packEntries, removalArchive, type TarEntry } from '../../../src/engine/tar/tarHeader';
import { readTar } from '../../../src/engine/tar/tarReader';
import { describeEntry, modeString } from '../../../src/ui/files/describeEntry';

const mtime = new Date(1_700_000_000_000);
const dir = (name: string): { entry: TarEntry } => ({ entry: { name, type: 'directory', size: 0, mode: 0o755, mtime } });
const file = (name: string, text: string, extra: Partial<TarEntry> = {}) => ({
  entry: { name, type: 'file' as const, size: Buffer.byteLength(text), mode: 0o644, mtime, ...extra },
  data: Buffer.from(text),
});

/** Splits a buffer into small chunks, as a socket delivers it. */
function chunked(buffer: Buffer, size = 700): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += size) {
    parts.push(buffer.subarray(i, i + size));
  }
  return Readable.from(parts);
}

describe('container file listings', () => {
  it('lists the direct children of an archived folder, skipping deeper entries and content', async () => {
    const tar = packEntries([
      dir('etc'),
      file('etc/a', 'x'.repeat(2000), { uid: 7, gid: 9 }),
      dir('etc/sub'),
      file('etc/sub/deep', 'deep'),
      { entry: { name: 'etc/link', type: 'symlink', size: 0, mode: 0o777, mtime, linkname: 'sub' } },
    ]);
    const { root, children } = await directChildren(chunked(tar));
    assert.equal(root.name, 'etc');
    assert.deepEqual(
      children.map(c => [c.name, c.type, c.size, c.uid, c.gid, c.linkname]),
      [
        ['a', 'file', 2000, 7, 9, undefined],
        ['sub', 'directory', 0, 0, 0, undefined],
        ['link', 'symlink', 0, 0, 0, 'sub'],
      ],
    );
  });

  it('lists the children of the root folder, whose entries start with /', async () => {
    const tar = packEntries([dir('/'), dir('/bin'), file('/bin/sh', 'elf'), file('/.dockerenv', '')]);
    const { children } = await directChildren(chunked(tar, 100));
    assert.deepEqual(
      children.map(c => c.name),
      ['bin', '.dockerenv'],
    );
  });

  it('renames an archive root and everything under it, keeping content, modes and owners', async () => {
    const tar = packEntries([
      dir('old'),
      file('old/f', 'content', { mode: 0o600, uid: 5, gid: 6 }),
      { entry: { name: 'old/h', type: 'hardlink', size: 0, mode: 0o600, mtime, linkname: 'old/f' } },
    ]);
    const renamed = Buffer.concat((await Readable.from(renameArchiveRoot(chunked(tar), 'new')).toArray()) as Buffer[]);
    const seen: string[] = [];
    for await (const ev of readTar(Readable.from([renamed]))) {
      if (ev.kind === 'entry') {
        seen.push(`${ev.entry.name}:${ev.entry.mode.toString(8)}:${ev.entry.uid}:${ev.entry.linkname ?? ''}`);
      } else if (ev.kind === 'data') {
        seen.push(ev.data.toString());
      }
    }
    assert.deepEqual(seen, ['new:755:0:', 'new/f:600:5:', 'content', 'new/h:600:0:new/f']);
  });

  it('writes a removal entry of a type the engine does not unpack (Z)', () => {
    const tar = removalArchive('gone');
    assert.equal(tar.subarray(0, 4).toString(), 'gone');
    assert.equal(String.fromCharCode(tar[156] ?? 0), 'Z');
  });

  it('parses the exec listing, and refuses output a name with a newline made ambiguous', () => {
    const out =
      '41ed|4096|0|0|1700000000|.\n41ed|4096|0|0|1700000000|..\n81a4|3|7|8|1700000000|a|b c\na1ff|3|0|0|1700000000|ln\n41ed|4096|0|0|1700000000|d\n\0' +
      '1\0ln\0d\0';
    assert.deepEqual(parseListing(out), [
      { name: 'a|b c', type: 'file', mode: 0o644, size: 3, uid: 7, gid: 8, mtime: new Date(1_700_000_000_000) },
      { name: 'd', type: 'directory', mode: 0o755, size: 0, uid: 0, gid: 0, mtime: new Date(1_700_000_000_000) },
      {
        name: 'ln',
        type: 'symlink',
        mode: 0o777,
        size: 0,
        uid: 0,
        gid: 0,
        mtime: new Date(1_700_000_000_000),
        linkTarget: 'd',
        targetIsDirectory: true,
      },
    ]);
    assert.equal(parseListing('81a4|3|0|0|1700000000|two\nlines\n\0'), undefined);
  });

  it('reads Go and Unix file modes, with setuid, setgid and sticky bits', () => {
    assert.deepEqual(fromGoFileMode(2147484141), { type: 'directory', mode: 0o755 });
    assert.deepEqual(fromGoFileMode(134218239), { type: 'symlink', mode: 0o777 });
    assert.deepEqual(fromGoFileMode(2 ** 31 + 2 ** 20 + 0o777), { type: 'directory', mode: 0o1777 });
    assert.deepEqual(fromUnixMode(0o104755), { type: 'file', mode: 0o4755 });
  });

  it('describes an entry as ls -l does, with owner names from the container', () => {
    assert.equal(modeString({ name: 'tmp', type: 'directory', size: 0, mode: 0o1777, mtime }), 'drwxrwxrwt');
    assert.equal(modeString({ name: 's', type: 'file', size: 0, mode: 0o4754, mtime }), '-rwsr-xr--');
    const owners = { users: parseIdFile('root:x:0:0::/root:/bin/sh\nwww:x:33:33::/:/bin/false\n'), groups: parseIdFile('root:x:0:\n') };
    assert.equal(
      describeEntry({ name: 'f', type: 'file', size: 1500, mode: 0o640, uid: 33, gid: 33, mtime }, owners),
      '-rw-r-----  www:33  1.5 kB  2023-11-14 22:13',
    );
    assert.equal(
      describeEntry({ name: 'l', type: 'symlink', size: 0, mode: 0o777, uid: 0, gid: 0, mtime, linkTarget: '/etc' }, owners),
      'lrwxrwxrwx  root:root  2023-11-14 22:13  → /etc',
    );
  });
});
