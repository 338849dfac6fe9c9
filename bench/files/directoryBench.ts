// npm run bench (files part): listing a folder of 10,000 entries in a container, the way the
// Files tree does, side by side with what a person would run: `docker exec ls -la` (running)
// and `docker cp` of the folder (the only CLI way for a stopped container, which copies the
// whole subtree). Each entry is a folder holding a 20 kB file, so a subtree read is 200 MB.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { connectEngine } from '../../src/engine';
import { createContainer, removeLabelled } from '../../test/support/testDocker';
import { compareMedians, ms, row } from '../stats';

const run = promisify(execFile);
const entries = Number(process.env.BENCH_ENTRIES ?? 10_000);

/** Runs a command and discards its output (a pipe to nowhere), resolving when it exited. */
function discard(cmd: string, args: string[]): Promise<void> {
  return run(cmd, args, { maxBuffer: 1 << 30, encoding: 'buffer' }).then(() => undefined);
}

async function main(): Promise<void> {
  const engine = connectEngine(undefined, { DOCKER_HOST: 'unix:///var/run/docker.sock' });
  const c = await createContainer({ start: true });
  try {
    console.log(`Creating ${entries} entries in /big…`);
    await engine.execAndWait(c.id, [
      'sh',
      '-c',
      `mkdir /big && cd /big && i=0; while [ $i -lt ${entries} ]; do mkdir d$i; head -c 20000 /dev/zero > d$i/data; i=$((i+1)); done`,
    ]);
    const count = (await engine.listDirectory(c.id, '/big')).entries.length;
    console.log(`listed ${count} entries`);

    const heapBefore = process.memoryUsage().heapUsed;
    const runs = Number(process.env.BENCH_RUNS ?? 5);
    const [byExec, lsCli] = await compareMedians(
      () => engine.listDirectory(c.id, '/big'),
      () => discard('docker', ['exec', c.id, 'ls', '-la', '/big']),
      runs,
      1,
    );
    await c.stop({ t: 0 });
    let peakHeap = 0;
    const [byArchive, cpCli] = await compareMedians(
      async () => {
        const listing = await engine.listDirectory(c.id, '/big');
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - heapBefore);
        return listing;
      },
      () => discard('sh', ['-c', `docker cp ${c.id}:/big - | tar -t > /dev/null`]),
      runs,
      1,
    );
    console.log('| what | Dockhand | peer | ratio |');
    console.log('| --- | --- | --- | --- |');
    console.log(row(`${entries} entries, running container (exec stat)`, byExec, lsCli, '`docker exec ls -la`'));
    console.log(row(`${entries} entries, stopped container (archive, content skipped)`, byArchive, cpCli, '`docker cp … - | tar -t`'));
    console.log(
      `heap growth while listing from the archive: ${(peakHeap / 1e6).toFixed(1)} MB (subtree: ${((entries * 20_000) / 1e6).toFixed(0)} MB)`,
    );
    console.log(`(exec listing: ${ms(byExec)}; archive listing: ${ms(byArchive)})`);
  } finally {
    await removeLabelled();
  }
}

main().catch(err => {
  console.error(err);
  process.exitCode = 1;
});
