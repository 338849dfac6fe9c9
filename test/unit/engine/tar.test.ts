import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
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
  beforeEach(async () => {
    dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dockhand-tar-'));
  });
  afterEach(async () => {
    await fs.promises.rm(dir, { recursive: true, force: true });
  });

  it('writes valid ustar headers with checksums, and PAX records for long names', () => {
    const header = encodeHeader({ name: 'a;b $(x).txt', type: 'file', size: 5, mode: 0o644, mtime: new Date(1_000_000_000) });
    assert.equal(header.length, 512);
    assert.equal(header.subarray(257, 263).toString('latin1'), 'ustar\0');
    let sum = 0;
    header.forEach((b, i) => {
      sum += i >= 148 && i < 156 ? 32 : b;
    });
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
      assert.deepEqual(
        entries,
        [
          ['a;b $(x).txt', 'file', 1000, undefined],
          ['empty', 'file', 0, undefined],
          ['link', 'symlink', 0, 'sub'],
          ['sub', 'directory', 0, undefined],
          [`sub/${longName}`, 'file', 4, undefined],
        ],
        `chunk size ${size}`,
      );
      const data = Buffer.concat(got.flatMap(e => (e.kind === 'data' ? [e.data] : [])));
      assert.equal(data.length, 1004);
      assert.equal(got.filter(e => e.kind === 'entryEnd').length, 5);
    }
  });

  // Our reader reading our writer would agree with itself even if both were wrong: GNU tar is
  // the independent judge, in both directions.
  it('writes archives GNU tar lists and extracts byte for byte (long names, links, modes, odd names)', async () => {
    const root = path.join(dir, 'src');
    const longName = `${'n'.repeat(150)}.txt`;
    await fs.promises.mkdir(path.join(root, 'sub'), { recursive: true });
    await fs.promises.writeFile(path.join(root, 'sub', longName), 'long');
    await fs.promises.writeFile(path.join(root, 'a;b $(x).txt'), Buffer.alloc(1000, 7));
    await fs.promises.writeFile(path.join(root, 'run.sh'), '#!/bin/sh\n', { mode: 0o750 });
    await fs.promises.symlink('sub', path.join(root, 'link'));
    const archive = path.join(dir, 'ours.tar');
    const parts: Buffer[] = [];
    for await (const part of packPath(root)) {
      parts.push(part as Buffer);
    }
    await fs.promises.writeFile(archive, Buffer.concat(parts));
    const listed = execFileSync('tar', ['-tf', archive], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(n => n.replace(/\/$/, ''));
    assert.deepEqual(listed.sort(), ['a;b $(x).txt', 'link', 'run.sh', 'sub', `sub/${longName}`].sort());
    const out = path.join(dir, 'gnu-out');
    await fs.promises.mkdir(out);
    execFileSync('tar', ['-xpf', archive, '-C', out]);
    assert.deepEqual(await fs.promises.readFile(path.join(out, 'a;b $(x).txt')), Buffer.alloc(1000, 7));
    assert.equal(await fs.promises.readFile(path.join(out, 'sub', longName), 'utf8'), 'long');
    assert.equal(await fs.promises.readlink(path.join(out, 'link')), 'sub');
    assert.equal((await fs.promises.stat(path.join(out, 'run.sh'))).mode & 0o777, 0o750);
  });

  for (const format of ['gnu', 'pax', 'ustar']) {
    it(`reads and extracts what GNU tar writes (--format=${format})`, async () => {
      const root = path.join(dir, 'gnu-src');
      // ustar cannot hold a 150-character file name in one path component.
      const longName = format === 'ustar' ? 'short.txt' : `${'m'.repeat(150)}.txt`;
      await fs.promises.mkdir(path.join(root, 'deep', 'er'), { recursive: true });
      await fs.promises.writeFile(path.join(root, 'deep', 'er', longName), 'payload');
      await fs.promises.writeFile(path.join(root, 'big.bin'), Buffer.alloc(70_000, 3));
      await fs.promises.writeFile(path.join(root, 'x.sh'), 'x', { mode: 0o700 });
      await fs.promises.symlink(`deep/er/${longName}`, path.join(root, 'to-long'));
      const archive = path.join(dir, `gnu-${format}.tar`);
      execFileSync('tar', [`--format=${format}`, '-cf', archive, '-C', dir, 'gnu-src']);
      const out = path.join(dir, 'ours-out');
      const written = await extractTar(fs.createReadStream(archive), out);
      assert.deepEqual(
        written.map(w => path.relative(out, w)).sort(),
        [
          'gnu-src',
          'gnu-src/big.bin',
          'gnu-src/deep',
          'gnu-src/deep/er',
          `gnu-src/deep/er/${longName}`,
          'gnu-src/to-long',
          'gnu-src/x.sh',
        ].sort(),
      );
      assert.deepEqual(await fs.promises.readFile(path.join(out, 'gnu-src', 'big.bin')), Buffer.alloc(70_000, 3));
      assert.equal(await fs.promises.readFile(path.join(out, 'gnu-src', 'deep', 'er', longName), 'utf8'), 'payload');
      assert.equal(await fs.promises.readlink(path.join(out, 'gnu-src', 'to-long')), `deep/er/${longName}`);
      assert.equal((await fs.promises.stat(path.join(out, 'gnu-src', 'x.sh'))).mode & 0o777, 0o700);
    });
  }

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
    const evil = Buffer.concat([
      encodeHeader({ name: '../escape.txt', type: 'file', size: 1, mode: 0o644, mtime: new Date() }),
      Buffer.from('x'),
      padding(1),
      endOfArchive,
    ]);
    await assert.rejects(extractTar(Readable.from([evil]), path.join(dir, 'out')), /outside/);
    const viaLink = Buffer.concat([
      encodeHeader({ name: 'up', type: 'symlink', size: 0, mode: 0o777, mtime: new Date(), linkname: '..' }),
      encodeHeader({ name: 'up/escape.txt', type: 'file', size: 1, mode: 0o644, mtime: new Date() }),
      Buffer.from('x'),
      padding(1),
      endOfArchive,
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
