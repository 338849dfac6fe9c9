// Runs a language's fuzzer in worker threads (one per core, two on CI's machine) under a
// watchdog: a case that spends more than its CPU budget (a synchronous infinite loop, runaway
// backtracking) has its worker terminated and is reported as a hang, with the text that caused
// it; a worker that goes quiet without finishing (a promise that never settles) is reported as
// stalled. Budgets count the worker thread's own CPU time (/proc, Linux), so a loaded machine
// does not make a correct case look hung. Every failure is shrunk and kept as a regression
// fixture under test/fixtures/fuzz/<language>, which every later run replays first.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FuzzCase, FuzzFailure, WorkerMessage, WorkerSetup } from './protocol';
import { cursorMark, shrinkText } from './shrink';

export interface FuzzOptions {
  /** Compiled module exporting `target` (a FuzzTarget). */
  readonly targetModule: string;
  readonly language: string;
  readonly cases: number;
  readonly seed: number;
  readonly workers?: number;
  /** CPU time one case may use before it counts as a hang. */
  readonly caseCpuMs?: number;
  /** Where regression fixtures are read from and written to. */
  readonly fixturesDir: string;
  readonly shrinkAttempts?: number;
}

export interface FuzzResult {
  readonly cases: number;
  readonly failures: readonly FuzzFailure[];
  /** Fixture files written for new failures. */
  readonly written: readonly string[];
  readonly cpuMs: number;
  readonly wallMs: number;
}

const workerScript = path.join(__dirname, 'fuzzWorker.js');
const ticksPerSecond = 100; // USER_HZ on Linux

/** A thread's CPU time in ms, from /proc; undefined where there is no /proc. */
function threadCpuMs(tid: number | undefined): number | undefined {
  if (tid === undefined) {
    return undefined;
  }
  try {
    const stat = fs.readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

interface Watched {
  readonly worker: Worker;
  readonly done: Promise<{ cases: number; cpuMs: number; hang?: FuzzFailure }>;
}

/**
 * Starts one worker and watches it. Resolves when it reports done, or with a hang/stall once it
 * was terminated. `onMessage` sees every message.
 */
function watch(setup: WorkerSetup, caseCpuMs: number, onMessage: (message: WorkerMessage, worker: Worker) => void): Watched {
  const worker = new Worker(workerScript, { workerData: setup });
  const done = new Promise<{ cases: number; cpuMs: number; hang?: FuzzFailure }>((resolve, reject) => {
    let tid: number | undefined;
    let current: { case: FuzzCase; cpuAt: number; wallAt: number } | undefined;
    let finished = false;
    let lastCpu = 0;
    const timer = setInterval(() => {
      if (!current) {
        return;
      }
      const cpu = threadCpuMs(tid);
      // Without /proc, wall time stands in, four times as generous.
      const used = cpu === undefined ? (Date.now() - current.wallAt) / 4 : cpu - current.cpuAt;
      lastCpu = cpu ?? lastCpu;
      if (used > caseCpuMs) {
        const hung = current.case;
        current = undefined;
        clearInterval(timer);
        finished = true;
        void worker.terminate().then(() =>
          resolve({
            cases: 0,
            cpuMs: lastCpu,
            hang: { ...hung, kind: 'hang', tag: '[hang]', message: `one case used more than ${caseCpuMs} ms of CPU without returning` },
          }),
        );
      }
    }, 100);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') {
        tid = message.tid;
      } else if (message.type === 'case') {
        current = { case: message.case, cpuAt: threadCpuMs(tid) ?? 0, wallAt: Date.now() };
      } else if (message.type === 'probed') {
        current = undefined;
      } else if (message.type === 'done') {
        finished = true;
        clearInterval(timer);
        const cpuMs = threadCpuMs(tid) ?? 0;
        void worker.terminate().then(() => resolve({ cases: message.cases, cpuMs }));
      }
      onMessage(message, worker);
    });
    worker.on('error', error => {
      clearInterval(timer);
      finished = true;
      reject(error);
    });
    worker.on('exit', () => {
      clearInterval(timer);
      if (!finished) {
        // The event loop ran dry mid-case: something awaited a promise that never settles.
        const stalled = current?.case ?? { text: '', offset: 0 };
        resolve({
          cases: 0,
          cpuMs: lastCpu,
          hang: { ...stalled, kind: 'stalled', tag: '[stalled]', message: 'the worker went idle in the middle of a case' },
        });
      }
    });
  });
  return { worker, done };
}

/** Shrinks a hang: each candidate runs in a probe worker, which is replaced whenever it hangs. */
async function shrinkHang(options: FuzzOptions, failure: FuzzFailure, caseCpuMs: number, attempts: number): Promise<string | undefined> {
  const setup: WorkerSetup = { targetModule: options.targetModule, mode: 'probe', seed: 0, cases: 0, fixtures: [], shrinkAttempts: 0 };
  let probe: { watched: Watched; answer?: (tag: string | undefined) => void } | undefined;
  const start = () => {
    const holder: { watched?: Watched; answer?: (tag: string | undefined) => void } = {};
    holder.watched = watch(setup, caseCpuMs, message => {
      if (message.type === 'probed') {
        holder.answer?.(message.tag);
      }
    });
    return holder as { watched: Watched; answer?: (tag: string | undefined) => void };
  };
  const hangs = async (c: FuzzCase): Promise<boolean> => {
    probe ??= start();
    const current = probe;
    const answered = new Promise<string | undefined>(resolve => (current.answer = resolve));
    current.watched.worker.postMessage({ case: c });
    const outcome = await Promise.race([answered.then(tag => ({ tag })), current.watched.done.then(d => ({ hang: d.hang }))]);
    if ('hang' in outcome) {
      probe = undefined;
      return outcome.hang?.kind === failure.kind;
    }
    return false;
  };
  try {
    if (!(await hangs({ text: failure.text, offset: failure.offset }))) {
      return undefined;
    }
    const marked = failure.text.slice(0, failure.offset) + cursorMark + failure.text.slice(failure.offset);
    return await shrinkText(
      marked,
      candidate => hangs({ text: candidate.replace(cursorMark, ''), offset: candidate.indexOf(cursorMark) }),
      attempts,
    );
  } finally {
    await probe?.watched.worker.terminate();
  }
}

export function readFixtures(dir: string): { name: string; case: FuzzCase }[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.json'))
    .sort()
    .map(name => {
      const saved = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { text: string; previous?: string };
      const offset = Math.max(0, saved.text.indexOf(cursorMark));
      return { name, case: { previous: saved.previous, text: saved.text.replace(cursorMark, ''), offset } };
    });
}

function writeFixture(dir: string, language: string, failure: FuzzFailure): string {
  const text = failure.minimized ?? failure.text.slice(0, failure.offset) + cursorMark + failure.text.slice(failure.offset);
  const previous = failure.minimized === undefined ? failure.previous : undefined;
  const hash = createHash('sha1')
    .update(`${previous ?? ''}\0${text}`)
    .digest('hex')
    .slice(0, 8);
  const slug = failure.tag
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 40);
  const file = path.join(dir, `${slug}-${hash}.json`);
  fs.mkdirSync(dir, { recursive: true });
  // The message without its stack: fixtures are committed, and stacks name this machine's paths.
  const message = failure.message
    .split('\n')
    .filter(line => !/^\s+at /.test(line))
    .slice(0, 8)
    .join('\n');
  const fixture = { language, failure: failure.tag, message, text, ...(previous !== undefined ? { previous } : {}) };
  fs.writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
  return file;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const started = Date.now();
  const workers = Math.max(1, options.workers ?? 2);
  const caseCpuMs = options.caseCpuMs ?? 10_000;
  const fixtures = readFixtures(options.fixturesDir);
  const failures: FuzzFailure[] = [];
  const runs = Array.from({ length: workers }, (_, i) => {
    const setup: WorkerSetup = {
      targetModule: options.targetModule,
      mode: 'fuzz',
      seed: options.seed + i,
      // Fixtures are replayed once, by the first worker; the cases are split evenly.
      cases: Math.ceil(options.cases / workers),
      fixtures: i === 0 ? fixtures : [],
      shrinkAttempts: options.shrinkAttempts ?? 1500,
    };
    return watch(setup, caseCpuMs, message => {
      if (message.type === 'failure') {
        failures.push(message.failure);
      }
    }).done;
  });
  let cases = 0;
  let cpuMs = 0;
  for (const outcome of await Promise.all(runs)) {
    cases += outcome.cases;
    cpuMs += outcome.cpuMs;
    if (outcome.hang) {
      // A stall (a promise that never settles) is kept as found: a probe worker would wait on it forever.
      const minimized = outcome.hang.kind === 'hang' ? await shrinkHang(options, outcome.hang, Math.min(caseCpuMs, 2_000), 300) : undefined;
      failures.push({ ...outcome.hang, minimized });
    }
  }
  const written = failures.filter(f => !f.fixture && f.text !== '').map(f => writeFixture(options.fixturesDir, options.language, f));
  return { cases, failures, written, cpuMs, wallMs: Date.now() - started };
}

/** A failure as a test failure message: what, where, and the shrunk input. */
export function describeFailure(failure: FuzzFailure): string {
  const input = failure.minimized ?? failure.text.slice(0, failure.offset) + cursorMark + failure.text.slice(failure.offset);
  return [
    `${failure.kind} ${failure.tag}${failure.fixture ? ` (regression fixture ${failure.fixture})` : ''}`,
    failure.message.split('\n').slice(0, 12).join('\n'),
    `--- input (${cursorMark} marks the cursor)${failure.minimized ? ', shrunk' : ''} ---`,
    JSON.stringify(input),
  ].join('\n');
}

/** Cases per language: 10,000 on CI (never fewer), DOCKHAND_FUZZ_CASES to run fewer while developing. */
export function fuzzCaseCount(env: NodeJS.ProcessEnv = process.env): number {
  const ciMinimum = 10_000;
  const asked = env.DOCKHAND_FUZZ_CASES ? Number(env.DOCKHAND_FUZZ_CASES) : ciMinimum;
  if (!Number.isInteger(asked) || asked <= 0) {
    throw new Error(`DOCKHAND_FUZZ_CASES=${env.DOCKHAND_FUZZ_CASES} is not a positive whole number`);
  }
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
  if (ci && asked < ciMinimum) {
    throw new Error(`DOCKHAND_FUZZ_CASES=${asked} under CI: CI runs at least ${ciMinimum} cases per language`);
  }
  return asked;
}
