// A fuzz worker (worker thread): replays the regression fixtures, then runs seeded random edits
// through every feature of one language, checking the invariants on each answer. It announces
// each case before running it, so that the runner's watchdog can name the case that hangs.
import * as fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mulberry32 } from '../prng';
import { applyEdit, randomEdit } from './edits';
import type { FuzzTarget } from './FuzzTarget';
import { checkFeatures, InvariantError } from './invariants';
import type { FuzzCase, FuzzFailure, ProbeRequest, WorkerMessage, WorkerSetup } from './protocol';
import { cursorMark, shrinkText } from './shrink';

const setup = workerData as WorkerSetup;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const target = (require(setup.targetModule) as { target: FuzzTarget }).target;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

/** This thread's id, for the runner to read its CPU time in /proc (Linux). */
function threadId(): number | undefined {
  try {
    return Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
}

export function tagOf(error: unknown): string {
  if (error instanceof InvariantError) {
    return `[${error.tag}]`;
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return `throws:${e.name}: ${e.message.split('\n')[0].replace(/\d+/g, '#').slice(0, 100)}`;
}

/** Runs one case on services that have seen nothing else; resolves to how it failed, if it did. */
async function runFresh(c: FuzzCase): Promise<string | undefined> {
  const features = target.features();
  const fresh = target.features();
  const uri = target.uri(1000);
  try {
    if (c.previous !== undefined) {
      await features.validate(TextDocument.create(uri, target.languageId, 1, c.previous), { isCancellationRequested: false });
    }
    await checkFeatures(features, TextDocument.create(uri, target.languageId, 2, c.text), c.offset, target.tabSize, fresh);
    return undefined;
  } catch (error) {
    return tagOf(error);
  }
}

async function minimize(c: FuzzCase, tag: string): Promise<string | undefined> {
  // Shrunk without the previous version when the failure does not need it (most do not).
  if ((await runFresh({ text: c.text, offset: c.offset })) !== tag) {
    return undefined;
  }
  const marked = c.text.slice(0, c.offset) + cursorMark + c.text.slice(c.offset);
  return shrinkText(
    marked,
    async candidate => {
      const offset = candidate.indexOf(cursorMark);
      return (await runFresh({ text: candidate.replace(cursorMark, ''), offset })) === tag;
    },
    setup.shrinkAttempts,
  );
}

async function report(c: FuzzCase, error: unknown, fixture?: string): Promise<void> {
  const tag = tagOf(error);
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const minimized = fixture ? undefined : await minimize(c, tag);
  const failure: FuzzFailure = { ...c, kind: error instanceof InvariantError ? 'invariant' : 'throw', tag, message, minimized, fixture };
  post({ type: 'failure', failure });
}

async function fuzz(): Promise<void> {
  let index = 0;
  for (const fixture of setup.fixtures) {
    post({ type: 'case', index: index++, case: fixture.case });
    const error = await errorOf(fixture.case);
    if (error !== undefined) {
      await report(fixture.case, error, fixture.name);
    }
  }
  const random = mulberry32(setup.seed);
  const seeds = target.seeds();
  const features = target.features();
  const fresh = target.features();
  const streams = [0, 1, 2, 3].map(n => ({ uri: target.uri(n), text: seeds[n % seeds.length], version: 0 }));
  const failed = new Set<string>();
  for (let i = 0; i < setup.cases && failed.size < 5; i++) {
    const stream = streams[i % streams.length];
    const previous = stream.version === 0 ? undefined : stream.text;
    if (previous !== undefined) {
      if (random() < 0.03) {
        stream.text = seeds[Math.floor(random() * seeds.length)];
      } else {
        for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
          stream.text = applyEdit(stream.text, randomEdit(stream.text, random, target.fragments, seeds));
        }
      }
    }
    stream.version++;
    const c: FuzzCase = { previous, text: stream.text, offset: Math.floor(random() * (stream.text.length + 1)) };
    post({ type: 'case', index: index++, case: c });
    try {
      await checkFeatures(
        features,
        TextDocument.create(stream.uri, target.languageId, stream.version, c.text),
        c.offset,
        target.tabSize,
        fresh,
      );
    } catch (error) {
      const tag = tagOf(error);
      if (!failed.has(tag)) {
        failed.add(tag);
        await report(c, error);
      }
      // Start this stream over: the failure may have left the service's state for it broken.
      features.forget(stream.uri);
      stream.text = seeds[i % seeds.length];
      stream.version = 0;
    }
  }
  // Stay alive until the runner terminates this worker: exiting now could race the message.
  parentPort!.on('message', () => undefined);
  post({ type: 'done', cases: index });
}

/** The error a regression fixture still raises, or undefined once it passes. */
async function errorOf(c: FuzzCase): Promise<unknown> {
  const features = target.features();
  const uri = target.uri(1001);
  try {
    if (c.previous !== undefined) {
      await features.validate(TextDocument.create(uri, target.languageId, 1, c.previous), { isCancellationRequested: false });
    }
    await checkFeatures(features, TextDocument.create(uri, target.languageId, 2, c.text), c.offset, target.tabSize, target.features());
  } catch (error) {
    return error ?? new Error('undefined was thrown');
  }
  return undefined;
}

function probe(): void {
  parentPort!.on('message', (request: ProbeRequest) => {
    post({ type: 'case', index: 0, case: request.case });
    void runFresh(request.case).then(tag => post({ type: 'probed', tag }));
  });
}

post({ type: 'ready', tid: threadId() });
if (setup.mode === 'probe') {
  probe();
} else {
  fuzz().catch(error => {
    post({
      type: 'failure',
      failure: { text: '', offset: 0, kind: 'throw', tag: tagOf(error), message: String((error as Error).stack ?? error) },
    });
    parentPort!.on('message', () => undefined);
    post({ type: 'done', cases: 0 });
  });
}
