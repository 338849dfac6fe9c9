import * as assert from 'node:assert/strict';
import type { DockerEngine, EngineEvent } from '../../../src/engine';
import type { EngineStatus } from '../../../src/ui/trees/EngineStatus';
import type { EventRoutes, Reloadable } from '../../../src/ui/trees/eventRoutes';
import { RefreshController } from '../../../src/ui/trees/RefreshController';

/** A view that counts its loads and records when each began, as ResourceTreeProvider does. */
class CountingView implements Reloadable {
  loads = 0;
  lastLoadStartedAt = -Infinity;
  private waiters: Array<() => void> = [];
  reload(): Promise<void> {
    this.loads++;
    this.lastLoadStartedAt = performance.now();
    this.waiters.splice(0).forEach(resolve => resolve());
    return Promise.resolve();
  }
  nextLoad(): Promise<void> {
    return new Promise(resolve => this.waiters.push(resolve));
  }
}

/** An event stream the test writes to: the engine's `/events` as the controller reads it. */
function scriptedEvents(): { engine: () => DockerEngine; push: (event: EngineEvent) => void } {
  const queue: EngineEvent[] = [];
  let wake: (() => void) | undefined;
  async function* events(_options: unknown, signal: AbortSignal): AsyncIterable<EngineEvent> {
    while (!signal.aborted) {
      const next = queue.shift();
      if (next) {
        yield next;
      } else {
        await new Promise<void>(resolve => (wake = resolve));
      }
    }
  }
  const engine = { events } as unknown as DockerEngine;
  return {
    engine: () => engine,
    push: event => {
      queue.push(event);
      wake?.();
    },
  };
}

const stub = { setReachable() {}, setUnreachable() {} } as unknown as EngineStatus;
const log = { info() {}, warn() {}, error() {} } as never;
const event = (type: 'container' | 'image', action: string): EngineEvent => ({ type, action, id: 'x', attributes: {}, time: new Date() });

describe('refresh controller', () => {
  let controller: RefreshController;
  afterEach(() => controller.dispose());

  function start(): { containers: CountingView; images: CountingView; push: (e: EngineEvent) => void } {
    const containers = new CountingView();
    const images = new CountingView();
    const routes: EventRoutes = new Map([
      ['container', [{ view: containers }]],
      ['image', [{ view: images }]],
    ]);
    const { engine, push } = scriptedEvents();
    controller = new RefreshController(engine, routes, stub, log);
    controller.start();
    return { containers, images, push };
  }

  it('reloads a view once for a burst of events', async () => {
    const { containers, push } = start();
    const loaded = containers.nextLoad();
    push(event('container', 'kill'));
    push(event('container', 'die'));
    push(event('container', 'stop'));
    await loaded;
    assert.equal(containers.loads, 1);
  });

  it('does not reload again for an event that a load begun after it already shows (Stop: one reload per click)', async () => {
    const { containers, images, push } = start();
    push(event('container', 'stop'));
    // The event is in; the Stop command now reloads the view itself, within the coalescing window.
    await new Promise(resolve => setImmediate(resolve));
    await containers.reload();
    // An image event in the same window shows when the window has closed.
    const imagesLoaded = images.nextLoad();
    push(event('image', 'tag'));
    await imagesLoaded;
    assert.equal(images.loads, 1);
    assert.equal(containers.loads, 1, "the command's reload, and no second one for the event");
  });

  it("still reloads for an event that reaches it after the view's last load began", async () => {
    const { containers, push } = start();
    await containers.reload();
    const loaded = containers.nextLoad();
    push(event('container', 'start'));
    await loaded;
    assert.equal(containers.loads, 2);
  });
});
