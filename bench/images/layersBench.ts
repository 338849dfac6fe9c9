// npm run bench (layer explorer part): the layer explorer's analysis of an image of several
// hundred MB, read from the export stream, side by side with `docker save` of the same image to
// a file (what dive and a person start from). The image is built from the test base image with a
// big file, labelled, and removed afterwards.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { connectEngine } from '../../src/engine';
import { removeLabelled, testLabelKey, testRunId } from '../../test/support/testDocker';
import { compareMedians, row } from '../stats';

const run = promisify(execFile);
const megabytes = Number(process.env.BENCH_IMAGE_MB ?? 400);

async function main(): Promise<void> {
  const engine = connectEngine(undefined, { DOCKER_HOST: 'unix:///var/run/docker.sock' });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-layers-bench-'));
  const tag = `dockhand-test/layers-bench-${testRunId}:big`;
  try {
    fs.writeFileSync(
      path.join(work, 'Dockerfile'),
      [
        'FROM dockhand-test/busybox:base',
        `RUN head -c ${megabytes}000000 /dev/urandom > /big.bin`,
        'RUN head -c 1000000 /dev/zero > /small.bin && rm /big.bin',
        `LABEL ${testLabelKey}=${testRunId}`,
        '',
      ].join('\n'),
    );
    console.log(`Building a ${megabytes} MB image…`);
    await run('docker', ['build', '-q', '-t', tag, work], { maxBuffer: 1 << 24 });
    const saved = path.join(work, 'saved.tar');
    let heapPeak = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    const timer = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heapBefore)), 20);
    const [ours, save] = await compareMedians(
      () => engine.analyzeImageLayers(tag),
      async () => {
        await run('docker', ['save', '-o', saved, tag]);
        fs.rmSync(saved, { force: true });
      },
      Number(process.env.BENCH_RUNS ?? 3),
      1,
    );
    clearInterval(timer);
    const analysis = await engine.analyzeImageLayers(tag);
    console.log('| what | Dockhand | peer | ratio |');
    console.log('| --- | --- | --- | --- |');
    console.log(row(`layer analysis of a ${megabytes} MB image (3 layers)`, ours, save, '`docker save -o file`'));
    // Opening one file at a layer (the 1 MB file of the top layer): the export read up to that
    // file and no further, against the shell's way of getting it out of the same export.
    const top = analysis.layers[analysis.layers.length - 1]?.id ?? '';
    const [open, shell] = await compareMedians(
      async () => {
        const content = await engine.readLayerFile(analysis.imageId, top, 'small.bin', 50 << 20);
        if (content.kind !== 'file' || content.data.length !== 1_000_000) {
          throw new Error(`read ${content.kind} instead of the 1 MB file`);
        }
      },
      () => run('sh', ['-c', `docker save ${tag} | tar -xOf - ${top}/layer.tar | tar -xOf - small.bin | wc -c`]),
      Number(process.env.BENCH_RUNS ?? 3),
      1,
    );
    console.log(row('open one 1 MB file of the top layer', open, shell, '`docker save | tar -xO layer | tar -xO file`'));
    console.log(
      `wasted ${analysis.wastedBytes} bytes, efficiency ${(analysis.efficiency * 100).toFixed(2)} %; heap growth peak ${(heapPeak / 1e6).toFixed(1)} MB; disk written by Dockhand: 0`,
    );
  } finally {
    await removeLabelled();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch(err => {
  console.error(err);
  process.exitCode = 1;
});
