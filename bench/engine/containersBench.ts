// npm run bench (engine part): with many containers on the local engine, compares Dockhand's
// containers-view reload with the raw Engine API call and with the docker CLI listing that
// Container Tools parses; measures the time from `docker run` in a shell to the container being
// in the reloaded list; and counts Engine API requests while idle.
import { execFile } from 'node:child_process';
import * as http from 'node:http';
import { promisify } from 'node:util';
import { connectEngine } from '../../src/engine';
import { docker, labels, removeLabelled, testImage, testLabel, uniqueName } from '../../test/support/testDocker';
import { countingProxy } from './countingProxy';
import { compareMedians, median, ms, row } from '../stats';

const run = promisify(execFile);
const count = Number(process.env.BENCH_CONTAINERS ?? 500);
const idleSeconds = Number(process.env.BENCH_IDLE_SECONDS ?? 60);

function rawList(): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ socketPath: '/var/run/docker.sock', path: '/containers/json?all=1' }, res => {
        let body = '';
        res
          .setEncoding('utf8')
          .on('data', (c: string) => (body += c))
          .on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

async function createMany(): Promise<void> {
  const d = docker();
  for (let i = 0; i < count; i += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, count - i) }, () =>
        d.createContainer({ Image: testImage, name: uniqueName('bench'), Labels: labels }),
      ),
    );
  }
}

async function main(): Promise<void> {
  const engine = connectEngine(undefined, { DOCKER_HOST: 'unix:///var/run/docker.sock' });
  console.log(`Creating ${count} containers…`);
  try {
    await createMany();
    // The view's reload: list all containers, map to Dockhand's types, order as the view does.
    const reload = () => engine.listContainers({ all: true }).then(list => list.sort((a, b) => a.name.localeCompare(b.name)));
    const [dockhand, raw] = await compareMedians(reload, () => rawList().then(text => JSON.parse(text) as unknown));
    const [dockhandAgain, cli] = await compareMedians(
      reload,
      () =>
        run('docker', ['container', 'ls', '--all', '--format', '{{json .}}'], { maxBuffer: 64 << 20 }).then(r =>
          r.stdout
            .split('\n')
            .filter(Boolean)
            .map(l => JSON.parse(l) as unknown),
        ),
      9,
      1,
    );

    // docker run in a shell → start event → the reloaded list holds it.
    const latencies: number[] = [];
    const eventToList: number[] = [];
    for (let i = 0; i < 9; i++) {
      const abort = new AbortController();
      const events = engine.events({ types: ['container'] }, abort.signal)[Symbol.asyncIterator]();
      await events.next(); // connected
      const name = uniqueName('latency');
      const started = performance.now();
      const cli = run('docker', ['run', '-d', '--name', name, '--label', testLabel, testImage]);
      for (let next = await events.next(); !next.done; next = await events.next()) {
        if (next.value.type === 'container' && next.value.action === 'start' && next.value.attributes.name === name) {
          break;
        }
      }
      const seen = performance.now();
      const list = await reload();
      latencies.push(performance.now() - started);
      eventToList.push(performance.now() - seen);
      abort.abort();
      await cli;
      if (!list.some(c => c.name === name)) {
        throw new Error('the started container was not in the reloaded list');
      }
    }

    // Idle: the views hold one event stream open and send nothing else.
    const proxy = await countingProxy('/var/run/docker.sock');
    const idleEngine = connectEngine(undefined, { DOCKER_HOST: `unix://${proxy.path}` });
    const abort = new AbortController();
    const follow = (async () => {
      for await (const event of idleEngine.events({ types: ['container', 'image', 'volume', 'network'] }, abort.signal)) {
        void event;
      }
    })();
    await new Promise(resolve => setTimeout(resolve, 1000));
    const before = proxy.requests();
    await new Promise(resolve => setTimeout(resolve, idleSeconds * 1000));
    const idleRequests = proxy.requests() - before;
    abort.abort();
    await follow;
    await proxy.close();

    console.log(`\n### Containers view, ${count} containers (median)\n`);
    console.log('| what | Dockhand | peer | ratio |\n| --- | --- | --- | --- |');
    console.log(row('full containers-view reload vs raw GET /containers/json?all=1', dockhand, raw, 'raw API'));
    console.log(
      row('full containers-view reload vs `docker container ls --all --format json`', dockhandAgain, cli, 'CLI, as Container Tools lists'),
    );
    console.log(`| \`docker run\` in a shell → container in the reloaded list | ${ms(median(latencies))} | target ≤ 250 ms | |`);
    console.log(`| … of which: start event → container in the reloaded list | ${ms(median(eventToList))} | | |`);
    console.log(
      `| Engine API requests while idle for ${idleSeconds} s | ${idleRequests} | target 0 (Container Tools polls every 60 s) | |`,
    );
  } finally {
    await removeLabelled();
  }
}

main().catch(err => {
  console.error(err);
  process.exitCode = 1;
});
