import * as assert from 'node:assert/strict';
import { followEvents, type EventSource } from '../../../src/engine/eventStream';
import type { EngineEvent } from '../../../src/engine';

/** A scripted /events endpoint: each open() takes the next step, a stream of lines or a failure. */
function scripted(steps: Array<string[] | NodeJS.ErrnoException>): EventSource & { opens: number } {
  const source = {
    endpoint: 'unix:///test.sock',
    opens: 0,
    open: async () => {
      const step = steps[source.opens++];
      if (step === undefined) {
        return new Promise<AsyncIterable<Buffer>>(() => undefined); // stays connected
      }
      if (step instanceof Error) {
        throw step;
      }
      return (async function* () {
        for (const line of step) {
          yield Buffer.from(`${line}\n`);
        }
      })();
    },
  };
  return source;
}

const started = JSON.stringify({ Type: 'container', Action: 'start', Actor: { ID: 'c1' }, time: 1 });
const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

async function take(source: EventSource, count: number): Promise<EngineEvent[]> {
  const abort = new AbortController();
  const events: EngineEvent[] = [];
  for await (const event of followEvents(source, abort.signal, { firstDelayMs: 1, maxDelayMs: 4 })) {
    events.push(event);
    if (events.length === count) {
      abort.abort();
    }
  }
  return events;
}

const summary = (e: EngineEvent) => (e.type === 'connection' ? `${e.connected ? 'up' : `down:${e.error?.kind}`}` : `${e.type}:${e.action}`);

describe('followEvents', () => {
  it('reports connection, events, loss and reconnection in order', async () => {
    const source = scripted([[started], refused, refused, [started]]);
    const events = await take(source, 5);
    assert.deepEqual(events.map(summary), ['up', 'container:start', 'down:unreachable', 'up', 'container:start']);
    assert.equal(source.opens, 4);
  });

  it('reports a daemon that is down from the start once, however often it retries', async () => {
    const source = scripted([refused, refused, refused, []]);
    const events = await take(source, 2);
    assert.deepEqual(events.map(summary), ['down:unreachable', 'up']);
  });

  it('classifies a socket without permission', async () => {
    const events = await take(scripted([Object.assign(new Error('EACCES'), { code: 'EACCES' })]), 1);
    assert.equal(summary(events[0] ?? { type: 'connection', connected: true }), 'down:permissionDenied');
  });

  it('ends promptly when aborted while waiting to reconnect', async () => {
    const abort = new AbortController();
    const source = scripted([refused, refused, refused, refused, refused]);
    const seen: EngineEvent[] = [];
    for await (const event of followEvents(source, abort.signal, { firstDelayMs: 60_000, maxDelayMs: 60_000 })) {
      seen.push(event);
      setTimeout(() => abort.abort(), 5);
    }
    assert.equal(seen.length, 1);
  });
});
