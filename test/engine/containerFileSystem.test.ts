import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type Dockerode from 'dockerode';
import { Readable } from 'node:stream';
import { packEntries } from '../../src/engine/tar/tarHeader';
import { readTar } from '../../src/engine/tar/tarReader';
import {
  createContainer,
  createVolume,
  docker,
  execOut,
  labels,
  removeLabelled,
  testImage,
  testLabelKey,
  testRunId,
  uniqueName,
} from '../support/testDocker';
import { engine, rejectsWith, tempDir } from '../support/engineUnderTest';

/** What a container prints, read with dockerode (not the code under test). */
async function runAndRead(cmd: string[], image: string, binds: string[] = []): Promise<string> {
  const d = docker();
  const c = await d.createContainer({ Image: image, Cmd: cmd, Labels: labels, Tty: true, HostConfig: { Binds: binds } });
  await c.start();
  await c.wait();
  const out = await c.logs({ stdout: true, stderr: true });
  return out.toString('utf8').replace(/\r\n/g, '\n');
}

/** A FROM scratch image with one file and no shell, imported from a tar we write. */
async function scratchImage(): Promise<string> {
  const tag = `dockhand-test/scratch-${testRunId}:t`;
  const tar = packEntries([
    { entry: { name: 'app', type: 'directory', size: 0, mode: 0o755, mtime: new Date(1_700_000_000_000) } },
    {
      entry: { name: 'app/config.txt', type: 'file', size: 6, mode: 0o640, mtime: new Date(1_700_000_000_000), uid: 1000, gid: 50 },
      data: Buffer.from('hello\n'),
    },
  ]);
  const [repo, version] = tag.split(':');
  const stream = await (docker().importImage(Readable.from([tar]), {
    repo,
    tag: version,
    changes: [`LABEL ${testLabelKey}=${testRunId}`],
  } as never) as unknown as Promise<AsyncIterable<Buffer>>);
  for await (const chunk of stream) {
    void chunk; // the import's progress
  }
  return tag;
}

describe('(integration) container file systems through the archive endpoints', () => {
  const e = engine();
  afterEach(removeLabelled);

  it('lists a folder the same way through exec (running) and the archive (stopped), links and owners included', async () => {
    const c = await createContainer({ start: true });
    await execOut(c, [
      'sh',
      '-c',
      'mkdir -p /t/sub && printf abc > "/t/a|b c" && ln -s sub /t/to-sub && ln -s /etc/passwd /t/pw && chown 7:8 /t/sub && chmod 4750 /t/sub',
    ]);
    const running = await e.listDirectory(c.id, '/t');
    assert.equal(running.via, 'exec');
    await c.stop({ t: 0 });
    const stopped = await e.listDirectory(c.id, '/t');
    assert.equal(stopped.via, 'archive');
    assert.deepEqual(stopped.entries, running.entries);
    const byName = new Map(running.entries.map(en => [en.name, en]));
    assert.deepEqual([...byName.keys()], ['a|b c', 'pw', 'sub', 'to-sub']);
    assert.equal(byName.get('a|b c')?.size, 3);
    assert.equal(byName.get('sub')?.mode, 0o4750);
    assert.equal(byName.get('sub')?.uid, 7);
    assert.deepEqual([byName.get('to-sub')?.linkTarget, byName.get('to-sub')?.targetIsDirectory], ['sub', true]);
    assert.deepEqual([byName.get('pw')?.linkTarget, byName.get('pw')?.targetIsDirectory], ['/etc/passwd', false]);
  });

  it('reads, writes (keeping mode and owner), creates, renames and deletes in a stopped container', async () => {
    const c = await createContainer({ cmd: ['sh', '-c', 'ls -ln /w; cat /w/new.txt; cat /w/moved/x; ls /w'] });
    await e.createDirectory(c.id, '/w');
    await e.writeFile(c.id, '/w/new.txt', Buffer.from('first\n'), { mode: 0o600, uid: 12, gid: 34 });
    assert.equal((await e.readFile(c.id, '/w/new.txt')).toString(), 'first\n');
    await e.createDirectory(c.id, '/w/dir');
    await e.writeFile(c.id, '/w/dir/x', Buffer.from('in dir\n'));
    await e.writeFile(c.id, '/w/gone', Buffer.from('bye'));
    await e.movePath(c.id, '/w/dir', '/w/moved');
    await e.deletePath(c.id, '/w/gone');
    await rejectsWith(e.statPath(c.id, '/w/dir'), 'notFound');
    await c.start();
    await c.wait();
    const out = (await c.logs({ stdout: true, stderr: true })).toString('utf8');
    assert.match(out, /-rw-------\s+1\s+12\s+34\s+6 .* new\.txt/);
    assert.match(out, /first\n/);
    assert.match(out, /in dir\n/);
    assert.doesNotMatch(out, /\bgone\b/);
  });

  it('works in a FROM scratch container without any shell', async () => {
    const image = await scratchImage();
    const c = await docker().createContainer({ Image: image, Cmd: ['/nothing'], name: uniqueName('scratch'), Labels: labels });
    const root = await e.listDirectory(c.id, '/');
    assert.ok(root.entries.some(en => en.name === 'app' && en.type === 'directory'));
    const app = await e.listDirectory(c.id, '/app');
    assert.deepEqual(
      app.entries.map(en => [en.name, en.mode, en.uid, en.gid, en.size]),
      [['config.txt', 0o640, 1000, 50, 6]],
    );
    assert.equal((await e.readFile(c.id, '/app/config.txt')).toString(), 'hello\n');
    await e.writeFile(c.id, '/app/config.txt', Buffer.from('edited\n'), { mode: 0o640, uid: 1000, gid: 50 });
    await e.movePath(c.id, '/app/config.txt', '/app/renamed.txt');
    const after = await e.listDirectory(c.id, '/app');
    assert.deepEqual(
      after.entries.map(en => [en.name, en.mode, en.uid, en.gid, en.size]),
      [['renamed.txt', 0o640, 1000, 50, 7]],
    );
    await e.deletePath(c.id, '/app/renamed.txt');
    assert.deepEqual((await e.listDirectory(c.id, '/app')).entries, []);
    // Checked independently through the container's export.
    const exported = await c.export();
    const names: string[] = [];
    for await (const ev of readTar(exported)) {
      if (ev.kind === 'entry') {
        names.push(ev.entry.name);
      }
    }
    assert.ok(names.includes('app') && !names.some(n => n.startsWith('app/')), names.join(','));
  });

  it('says what is missing: notFound for a missing path, invalid for a folder read as a file', async () => {
    const c = await createContainer();
    await rejectsWith(e.readFile(c.id, '/no/such/file'), 'notFound');
    await rejectsWith(e.listDirectory(c.id, '/no/such'), 'notFound');
    await rejectsWith(e.readFile(c.id, '/etc'), 'invalid', /is a folder/);
    await rejectsWith(e.deletePath(c.id, '/'), 'invalid');
    assert.match((await e.readFile(c.id, '/bin/sh')).subarray(1, 4).toString(), /ELF/);
  });

  it('reads the owner names from the container', async () => {
    const c = await createContainer();
    const owners = await e.ownerNames(c.id);
    assert.equal(owners.users.get(0), 'root');
    assert.equal(owners.groups.get(0), 'root');
  });
});

describe('(integration) volume files through a helper container that never starts', () => {
  const e = engine();
  afterEach(removeLabelled);

  async function helpers(): Promise<Dockerode.ContainerInfo[]> {
    return docker().listContainers({ all: true, filters: { label: ['dockhand.helper=volume'] } });
  }

  it('writes and lists files in a volume through a created, never started helper, and removes the helper', async () => {
    const volume = await createVolume();
    const mount = await e.mountVolumes([volume]);
    const info = await docker().getContainer(mount.containerId).inspect();
    assert.equal(info.State.StartedAt, '0001-01-01T00:00:00Z');
    assert.equal(info.Config.Labels['dockhand.helper'], 'volume');
    const root = mount.pathOf(volume);
    await e.createDirectory(mount.containerId, `${root}/conf`);
    await e.writeFile(mount.containerId, `${root}/conf/app.ini`, Buffer.from('port=1\n'));
    assert.deepEqual(
      (await e.listDirectory(mount.containerId, `${root}/conf`)).entries.map(en => en.name),
      ['app.ini'],
    );
    await mount.release();
    assert.ok(!(await helpers()).some(h => h.Id === mount.containerId));
    assert.equal(await runAndRead(['cat', '/data/conf/app.ini'], testImage, [`${volume}:/data`]), 'port=1\n');
  });

  it('refuses a volume that does not exist instead of creating it', async () => {
    const name = uniqueName('missing');
    await rejectsWith(e.mountVolumes([name]), 'notFound');
    await assert.rejects(docker().getVolume(name).inspect());
  });

  it('exports a volume to a tar file, imports it into another, and clones a volume', async () => {
    const source = await createVolume();
    await runAndRead(['sh', '-c', 'mkdir /data/d && echo one > /data/d/f && chown 5:6 /data/d/f'], testImage, [`${source}:/data`]);
    const dir = await tempDir();
    try {
      const file = path.join(dir, 'volume.tar');
      await e.exportVolume(source, file);
      const names: string[] = [];
      for await (const ev of readTar(fs.createReadStream(file) as AsyncIterable<Buffer>)) {
        if (ev.kind === 'entry') {
          names.push(ev.entry.name);
        }
      }
      assert.deepEqual(names, ['.', './d', './d/f']);
      const imported = await createVolume();
      await e.importVolume(imported, file);
      assert.equal(
        await runAndRead(['sh', '-c', 'ls -ln /data/d/f | tr -s " " | cut -d" " -f3,4; cat /data/d/f'], testImage, [`${imported}:/data`]),
        '5 6\none\n',
      );
      const clone = uniqueName('clone');
      const cloned = await e.cloneVolume(source, clone);
      assert.equal(cloned.name, clone);
      assert.equal(await runAndRead(['cat', '/data/d/f'], testImage, [`${clone}:/data`]), 'one\n');
      await rejectsWith(e.cloneVolume(source, clone), 'conflict');
      assert.deepEqual(
        (await helpers()).filter(h => h.Labels['dockhand.helper.volumes']?.includes(source)),
        [],
      );
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  });
});
