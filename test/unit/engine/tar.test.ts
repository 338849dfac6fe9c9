import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { parseDockerignore } from '../../../src/shared/dockerignore';
import { extractTar } from '../../../src/engine/tar/extractTar';
import { packPath } from '../../../src/engine/tar/packPath';
import { encodeHeader, endOfArchive, padding, paxRecord } from '../../../src/engine/tar/tarHeader';
import { readTar, type TarEvent } from '../../../src/engine/tar/tarReader';

async function events(stream: AsyncIterable<Buffer>): Promise<TarEvent[]> {
  const out: TarEvent[] = [];
  for await (const e of readTar(stream)) {
    out.push(e);
  }
  return out;
}

/** Re-chunks a stream into pieces of `size` bytes, to exercise block boundaries. */
async function* rechunk(stream: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) {
    parts.push(part);
  }
  const all = Buffer.concat(parts);
  for (let i = 0; i < all.length; i += size) {
    yield all.subarray(i, i + size);
  }
}

describe('tar writer and reader', () => {
  let dir: string;
  beforeEach(async () => { dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dockhand-tar-')); });
  afterEach(async () => { await fs.promises.rm(dir, { recursive: true, force: true }); });

  it('writes valid ustar headers with checksums, and PAX records for long names', () => {
    const header = encodeHeader({ name: 'a;b $(x).txt', type: 'file', size: 5, mode: 0o644, mtime: new Date(1_000_000_000) });
    assert.equal(header.length, 512);
    assert.equal(header.subarray(257, 263).toString('latin1'), 'ustar\0');
    let sum = 0;
    header.forEach((b, i) => { sum += i >= 148 && i < 156 ? 32 : b; });
    assert.equal(parseInt(header.subarray(148, 154).toString('latin1'), 8), sum);
    const long = encodeHeader({ name: `${'d'.repeat(90)}/${'f'.repeat(90)}`, type: 'file', size: 1, mode: 0o600, mtime: new Date(0) });
    assert.equal(long[156], 'x'.charCodeAt(0));
    assert.equal(long.length, 512 * 3);
    assert.equal(paxRecord('path', 'abc'), '12 path=abc\n');
    // 102 bytes of record plus its own three digits.
    assert.equal(paxRecord('path', 'x'.repeat(95)), `105 path=${'x'.repeat(95)}\n`);
    assert.equal(padding(512).length, 0);
    assert.equal(padding(513).length, 511);
  });

  it('packs a folder and reads it back, across any chunking', async () => {
    const root = path.join(dir, 'src');
    const longName = `${'n'.repeat(150)}.txt`;
    await fs.promises.mkdir(path.join(root, 'sub'), { recursive: true });
    await fs.promises.writeFile(path.join(root, 'sub', longName), 'long');
    await fs.promises.writeFile(path.join(root, 'a;b $(x).txt'), Buffer.alloc(1000, 1));
    await fs.promises.writeFile(path.join(root, 'empty'), '');
    await fs.promises.symlink('sub', path.join(root, 'link'));
    for (const size of [1, 7, 512, 100_000]) {
      const got = await events(rechunk(packPath(root), size));
      const entries = got.filter(e => e.kind === 'entry').map(e => [e.entry.name, e.entry.type, e.entry.size, e.entry.linkname]);
      assert.deepEqual(entries, [
        ['a;b $(x).txt', 'file', 1000, undefined],
        ['empty', 'file', 0, undefined],
        ['link', 'symlink', 0, 'sub'],
        ['sub', 'directory', 0, undefined],
        [`sub/${longName}`, 'file', 4, undefined],
      ], `chunk size ${size}`);
      const data = Buffer.concat(got.flatMap(e => (e.kind === 'data' ? [e.data] : [])));
      assert.equal(data.length, 1004);
      assert.equal(got.filter(e => e.kind === 'entryEnd').length, 5);
    }
  });

  it('extracts into a folder, keeping modes, and names the root entry as asked', async () => {
    const root = path.join(dir, 'tree');
    await fs.promises.mkdir(path.join(root, 'x'), { recursive: true });
    await fs.promises.writeFile(path.join(root, 'x', 'run.sh'), 'echo', { mode: 0o750 });
    const out = path.join(dir, 'out');
    const written = await extractTar(packPath(root, { rootName: 'renamed' }), out);
    assert.deepEqual(written, [path.join(out, 'renamed'), path.join(out, 'renamed', 'x'), path.join(out, 'renamed', 'x', 'run.sh')]);
    assert.equal((await fs.promises.stat(path.join(out, 'renamed', 'x', 'run.sh'))).mode & 0o777, 0o750);
  });

  it('refuses entries that escape the target folder', async () => {
    const evil = Buffer.concat([encodeHeader({ name: '../escape.txt', type: 'file', size: 1, mode: 0o644, mtime: new Date() }), Buffer.from('x'), padding(1), endOfArchive]);
    await assert.rejects(extractTar(Readable.from([evil]), path.join(dir, 'out')), /outside/);
    const viaLink = Buffer.concat([
      encodeHeader({ name: 'up', type: 'symlink', size: 0, mode: 0o777, mtime: new Date(), linkname: '..' }),
      encodeHeader({ name: 'up/escape.txt', type: 'file', size: 1, mode: 0o644, mtime: new Date() }), Buffer.from('x'), padding(1), endOfArchive,
    ]);
    await assert.rejects(extractTar(Readable.from([viaLink]), path.join(dir, 'out2')), /through a link/);
    assert.equal(fs.existsSync(path.join(dir, 'escape.txt')), false);
  });

  it('rejects a truncated archive', async () => {
    const cut = encodeHeader({ name: 'f', type: 'file', size: 100, mode: 0o644, mtime: new Date() });
    await assert.rejects(events(Readable.from([Buffer.concat([cut, Buffer.alloc(10)])])), /ended in the middle/);
  });
});

describe('.dockerignore', () => {
  it('matches patterns, folders and exceptions as the docker CLI does', () => {
    const rules = parseDockerignore('# comment\n\nnode_modules\n*.log\n!keep.log\n/docs/**/*.md\nsecret?\n**/tmp\n./build/\n');
    assert.equal(rules.excludes('node_modules'), true);
    assert.equal(rules.excludes('node_modules/x/y.js'), true, 'a folder excludes what is in it');
    assert.equal(rules.excludes('a.log'), true);
    assert.equal(rules.excludes('sub/a.log'), false, '* does not cross folders');
    assert.equal(rules.excludes('keep.log'), false, 'a later exception wins');
    assert.equal(rules.excludes('docs/a/b/c.md'), true);
    assert.equal(rules.excludes('docs/c.md'), true, '**/ matches zero folders');
    assert.equal(rules.excludes('secret1'), true);
    assert.equal(rules.excludes('secret12'), false);
    assert.equal(rules.excludes('deep/er/tmp/file'), true);
    assert.equal(rules.excludes('build/out.js'), true);
    assert.equal(rules.excludes('src/index.ts'), false);
    assert.equal(rules.hasExceptions, true);
    assert.equal(parseDockerignore('x').hasExceptions, false);
  });
});
