import * as assert from 'node:assert/strict';
import type { LogLine } from '../../src/engine';
import { docker, labels, removeLabelled, testImage, uniqueName } from '../support/testDocker';
import { collect, engine } from '../support/engineUnderTest';
import { eventually } from '../support/eventually';

async function runToEnd(cmd: string, tty = false): Promise<string> {
  const c = await docker().createContainer({
    Image: testImage,
    name: uniqueName('logs'),
    Labels: labels,
    Cmd: ['sh', '-c', cmd],
    Tty: tty,
  });
  await c.start();
  await c.wait();
  return c.id;
}

describe('(integration) container logs', () => {
  const e = engine();
  afterEach(removeLabelled);

  it('returns only the last lines of a long log (tail)', async () => {
    const id = await runToEnd('seq 1 5000');
    const lines = await collect(e.containerLogs(id, { tail: 10 }));
    assert.deepEqual(
      lines.map(l => l.text),
      Array.from({ length: 10 }, (_, i) => String(4991 + i)),
    );
    const byDefault = await collect(e.containerLogs(id));
    assert.equal(byDefault.length, 1000);
    assert.equal(byDefault[0].text, '4001');
  });

  it('separates stdout from stderr and parses timestamps', async () => {
    const id = await runToEnd("echo out; echo err >&2; echo 'a;b $(x)'");
    const lines = await collect(e.containerLogs(id, { tail: 'all', timestamps: true }));
    assert.deepEqual(
      lines.map(l => [l.stream, l.text]).sort(),
      [
        ['stderr', 'err'],
        ['stdout', 'a;b $(x)'],
        ['stdout', 'out'],
      ].sort(),
    );
    for (const line of lines) {
      assert.ok(line.timestamp instanceof Date && Math.abs(line.timestamp.getTime() - Date.now()) < 60_000);
    }
  });

  it("reads a TTY container's log as plain text", async () => {
    const id = await runToEnd('echo one; echo two', true);
    const lines = await collect(e.containerLogs(id, { tail: 'all' }));
    assert.deepEqual(
      lines.map(l => l.text),
      ['one', 'two'],
    );
    assert.ok(lines.every(l => l.stream === 'stdout'));
  });

  it('follows new lines until cancelled', async () => {
    const c = await docker().createContainer({
      Image: testImage,
      name: uniqueName('follow'),
      Labels: labels,
      Cmd: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo line$i; sleep 0.1; done'],
    });
    await c.start();
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const line of e.containerLogs(c.id, { follow: true, tail: 0 }, controller.signal)) {
      seen.push(line.text);
      if (seen.length === 5) {
        controller.abort();
      }
    }
    assert.equal(seen.length, 5);
    assert.ok(seen.every(s => /^line\d+$/.test(s)));
  });

  it('hands out no line after cancelling, though the engine sent many at once', async () => {
    const c = await docker().createContainer({
      Image: testImage,
      name: uniqueName('burst'),
      Labels: labels,
      Cmd: ['sh', '-c', 'seq 1 2000; trap "exit 0" TERM; while true; do sleep 0.2; done'],
    });
    await c.start();
    await eventually(async () => (await collect(e.containerLogs(c.id, { tail: 1 }))).some(l => l.text === '2000'), 'the burst written');
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const line of e.containerLogs(c.id, { follow: true, tail: 'all' }, controller.signal)) {
      seen.push(line.text);
      controller.abort();
    }
    assert.deepEqual(seen, ['1']);
  });

  it('reattaches after a restart without replaying lines that tail left out', async () => {
    const c = await docker().createContainer({
      Image: testImage,
      name: uniqueName('relog0'),
      Labels: labels,
      Cmd: ['sh', '-c', 'echo "old $(cat /proc/uptime)"; trap "exit 0" TERM; while true; do sleep 0.2; done'],
    });
    await c.start();
    await eventually(async () => (await collect(e.containerLogs(c.id, { tail: 'all' }))).length === 1, 'the first line');
    const controller = new AbortController();
    const seen: string[] = [];
    const following = (async () => {
      for await (const line of e.followLogs(c.id, { tail: 0 }, controller.signal)) {
        seen.push(line.text);
      }
    })();
    // A line written into the container's own stdout shows the follow is attached (no sleep).
    const ping = await c.exec({ Cmd: ['sh', '-c', 'echo attached > /proc/1/fd/1'] });
    await ping.start({});
    await eventually(() => seen.includes('attached'), 'the follow to see a line written after it attached');
    await c.restart({ t: 5 });
    await eventually(() => seen.length >= 2, 'the line of the second run');
    // Removing the container ends the follow: every line the engine sent is in `seen` after this.
    await c.remove({ force: true });
    await following;
    assert.equal(seen.length, 2, seen.join('|'));
    assert.equal(seen[0], 'attached');
    assert.match(seen[1], /^old /, 'the second run prints the same line anew');
  });

  it('keeps following across a restart of the container', async () => {
    const c = await docker().createContainer({
      Image: testImage,
      name: uniqueName('relog'),
      Labels: labels,
      Cmd: ['sh', '-c', 'echo "start $(cat /proc/uptime)"; trap "echo bye; exit 0" TERM; while true; do sleep 0.2; done'],
    });
    await c.start();
    const controller = new AbortController();
    const seen: LogLine[] = [];
    const following = (async () => {
      for await (const line of e.followLogs(c.id, { tail: 'all' }, controller.signal)) {
        seen.push(line);
      }
    })();
    await eventually(() => seen.length >= 1, 'the first start line');
    await c.restart({ t: 5 });
    await eventually(() => seen.filter(l => l.text.startsWith('start')).length >= 2, 'the second start line');
    controller.abort();
    await following;
    const texts = seen.map(l => l.text);
    // Each run's lines exactly once: the reattach neither repeats nor loses a line.
    assert.deepEqual(
      texts.map(t => t.split(' ')[0]),
      ['start', 'bye', 'start'],
      texts.join('|'),
    );
  });
  it('follows a container from creation through a short run that has ended, every line once', async () => {
    const c = await docker().createContainer({
      Image: testImage,
      name: uniqueName('relog-created'),
      Labels: labels,
      Cmd: ['sh', '-c', 'echo one; echo two'],
    });
    const controller = new AbortController();
    const seen: string[] = [];
    const following = (async () => {
      for await (const line of e.followLogs(c.id, { tail: 'all' }, controller.signal)) {
        seen.push(line.text);
      }
    })();
    // The run may start and end before the follow waits for a start: its lines must still come.
    await c.start();
    await c.wait();
    await eventually(() => seen.length >= 2, 'the lines of the run that has ended');
    // Removing the container ends the follow: every line the engine sent is in `seen` after this.
    await c.remove({ force: true });
    await following;
    assert.deepEqual(seen, ['one', 'two']);
  });
});
