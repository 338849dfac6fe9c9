// npm run bench (logs part): how fast the merged log view takes in lines, and whether the
// extension host stays responsive meanwhile. Two containers print BENCH_LINES lines between them;
// the view's pipeline reads both logs through the engine (the same feeds the panel follows, with
// timestamps), merges them in the reorder window, keeps them in the bounded ring, sends them in
// batches serialised as the webview channel does (JSON), and the page's ingest step (ring, level,
// filter) takes each batch in. Side by side with `docker logs -t` of the same two containers
// piped to /dev/null, and with the bare engine stream. The DOM part (virtualised rows) is not in
// Node: it renders only the visible rows whatever the count (the vscode tier checks that).
import { execFile } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { connectEngine, type DockerEngine } from '../../src/engine';
import { containerFeed, type FeedLine } from '../../src/ui/commands/containers/logFeeds';
import { linesShownBy } from '../../src/ui/webviews/pages/logFilter';
import { levelOf } from '../../src/ui/webviews/pages/logLevels';
import { ReorderWindow } from '../../src/ui/webviews/pages/logMerge';
import { LogRing } from '../../src/ui/webviews/pages/logRing';
import type { LogRow } from '../../src/ui/webviews/pages/logsProtocol';
import { createContainer, removeLabelled } from '../../test/support/testDocker';
import { compareMedians, ms } from '../stats';

const run = promisify(execFile);
const total = Number(process.env.BENCH_LINES ?? 200_000);
const capacity = 100_000;
const reorderMs = 150;
const rowsPerMessage = 10_000;
const linesPerTick = 5_000;

interface Kept extends FeedLine {
  readonly index: number;
}

/** The panel's pipeline from the engine to the page's model; resolves with the event-loop delay seen meanwhile. */
async function ingest(
  engine: DockerEngine,
  targets: Array<{ id: string; name: string }>,
): Promise<{ maxDelayMs: number; p99DelayMs: number; skipped: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const abort = new AbortController();
  const reorder = new ReorderWindow<Kept>(reorderMs);
  const hostRing = new LogRing<Kept>(capacity);
  const pageRing = new LogRing<{ text: string; level: string | undefined }>(capacity);
  const shown = linesShownBy({ filter: 'item', onlyMatching: false, hiddenLevels: [] });
  let received = 0;
  let delivered = 0;
  let posted = 0;
  /** Lines the ring dropped before they were sent (more than its capacity released at once): accounted, not delivered. */
  let skipped = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done: () => void = () => undefined;
  const finished = new Promise<void>(resolve => (done = resolve));
  const page = (json: string) => {
    const message = JSON.parse(json) as { rows: LogRow[] };
    for (const [, , , text] of message.rows) {
      const level = levelOf(text);
      pageRing.push({ text, level });
      shown(text, level);
    }
    delivered += message.rows.length;
    if (delivered + skipped === total) {
      done();
    }
  };
  const tick = () => {
    timer = undefined;
    for (const line of reorder.release(Date.now(), linesPerTick)) {
      hostRing.push(line);
    }
    let seq = Math.max(posted, hostRing.first);
    skipped += seq - posted;
    if (delivered + skipped === total) {
      done();
    }
    while (seq < hostRing.end) {
      const rows: LogRow[] = [];
      for (; seq < hostRing.end && rows.length < rowsPerMessage; seq++) {
        const line = hostRing.at(seq) as Kept;
        rows.push([line.index, line.time, line.stream === 'stderr' ? 1 : 0, line.text]);
      }
      // The webview channel serialises each message; the page parses it on its side.
      const json = JSON.stringify({ type: 'lines', firstSeq: seq - rows.length, rows });
      setImmediate(() => page(json));
    }
    posted = seq;
    const due = reorder.nextDue;
    if (due !== undefined) {
      timer ??= setTimeout(tick, Math.max(0, due - Date.now()));
    }
  };
  const follow = async (index: number, target: { id: string; name: string }) => {
    for await (const line of containerFeed(engine, target, 'all').lines(abort.signal)) {
      received++;
      reorder.add({ ...line, index }, Date.now());
      timer ??= setTimeout(tick, reorderMs);
      if (received === total) {
        abort.abort();
      }
    }
  };
  await Promise.all([...targets.map((t, i) => follow(i, t).catch(() => undefined)), finished]);
  delay.disable();
  return { maxDelayMs: delay.max / 1e6, p99DelayMs: delay.percentile(99) / 1e6, skipped };
}

/** The bare engine stream of both logs (no merge, no view), for the split of the cost. */
async function engineOnly(engine: DockerEngine, targets: Array<{ id: string; name: string }>): Promise<void> {
  let count = 0;
  await Promise.all(
    targets.map(async t => {
      for await (const line of engine.containerLogs(t.id, { tail: 'all', timestamps: true })) {
        count += line.stream === 'stdout' ? 1 : 0;
      }
    }),
  );
  if (count !== total) {
    throw new Error(`read ${count} lines, expected ${total}`);
  }
}

async function main(): Promise<void> {
  const engine = connectEngine(undefined, { DOCKER_HOST: 'unix:///var/run/docker.sock' });
  const half = total / 2;
  const print = (prefix: string) => [
    'sh',
    '-c',
    `seq 1 ${half} | sed 's/^/${prefix} level=info msg="request handled" path=\\/api\\/items status=200 id=/'`,
  ];
  const a = await createContainer({ cmd: print('web'), start: true });
  const b = await createContainer({ cmd: print('worker'), start: true });
  try {
    await Promise.all([a.wait(), b.wait()]);
    const targets = await Promise.all([a, b].map(async c => ({ id: c.id, name: (await c.inspect()).Name.slice(1) })));
    const runs = Number(process.env.BENCH_RUNS ?? 3);
    const delays: Array<{ maxDelayMs: number; p99DelayMs: number; skipped: number }> = [];
    const [view, cli] = await compareMedians(
      async () => delays.push(await ingest(engine, targets)),
      () => run('sh', ['-c', `docker logs -t ${a.id} > /dev/null 2>&1 & docker logs -t ${b.id} > /dev/null 2>&1; wait`]),
      runs,
      1,
    );
    const [bare] = await compareMedians(
      () => engineOnly(engine, targets),
      async () => undefined,
      runs,
      1,
    );
    const rate = (msTaken: number) => `${Math.round(total / (msTaken / 1000)).toLocaleString('en')} lines/s`;
    const measured = delays.slice(1);
    const worst = (key: 'maxDelayMs' | 'p99DelayMs') => Math.max(...measured.map(d => d[key]));
    console.log(
      `${total.toLocaleString('en')} lines from 2 containers (${half.toLocaleString('en')} each), ring of ${capacity.toLocaleString('en')}`,
    );
    console.log('| what | Dockhand | peer | ratio |');
    console.log('| --- | --- | --- | --- |');
    console.log(
      `| engine stream → merge → ring → batched messages → page model | ${ms(view)} (${rate(view)}) | ${ms(cli)} (${rate(cli)}, \`docker logs -t\` × 2 > /dev/null) | ${(view / cli).toFixed(2)}× |`,
    );
    console.log(`| of which the bare engine stream (both logs, timestamps) | ${ms(bare)} (${rate(bare)}) | | |`);
    console.log(`(lines the ring dropped before sending, per run: ${measured.map(d => d.skipped).join(', ')})`);
    console.log(
      `| extension-host event-loop delay while ingesting | p99 ${worst('p99DelayMs').toFixed(1)} ms, max ${worst('maxDelayMs').toFixed(1)} ms | | |`,
    );
  } finally {
    await removeLabelled();
  }
}

main().catch(err => {
  console.error(err);
  process.exitCode = 1;
});
