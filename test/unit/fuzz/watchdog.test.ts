// The fuzz runner's watchdog, on a language that hangs on purpose: a synchronous infinite loop
// must fail the run (not hang it), shrunk to the input that causes it and kept as a fixture that
// the next run replays.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFixtures, runFuzz } from '../../support/fuzz/runFuzz';
import { cursorMark } from '../../support/fuzz/shrink';

describe('fuzz watchdog', function () {
  this.timeout(5 * 60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-fuzz-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    delete process.env.DOCKHAND_BROKEN_TARGET;
  });
  const targetModule = path.join(__dirname, 'brokenTarget.js');

  it('reports a case stuck in an infinite loop as a hang, shrunk to the text that loops, and replays it next time', async () => {
    const result = await runFuzz({ targetModule, language: 'broken', cases: 200, seed: 7, workers: 1, caseCpuMs: 1_000, fixturesDir: dir });
    const hangs = result.failures.filter(f => f.kind === 'hang');
    assert.equal(hangs.length, 1, JSON.stringify(result.failures.map(f => f.tag)));
    assert.equal(hangs[0].minimized?.replace(cursorMark, ''), 'HANG');
    assert.equal(result.written.length, 1);
    assert.deepEqual(
      readFixtures(dir).map(f => f.case.text),
      ['HANG'],
    );

    // The next run replays the fixture first: it hangs again before any random case.
    const replay = await runFuzz({ targetModule, language: 'broken', cases: 1, seed: 8, workers: 1, caseCpuMs: 1_000, fixturesDir: dir });
    assert.equal(replay.failures[0]?.kind, 'hang');
    assert.equal(replay.failures[0].text, 'HANG');
  });

  it('reports a case whose answer never comes as stalled', async () => {
    process.env.DOCKHAND_BROKEN_TARGET = 'stall';
    const result = await runFuzz({ targetModule, language: 'broken', cases: 200, seed: 7, workers: 1, caseCpuMs: 1_000, fixturesDir: dir });
    assert.equal(result.failures.length, 1, JSON.stringify(result.failures.map(f => f.tag)));
    assert.equal(result.failures[0].kind, 'stalled');
    assert.match(result.failures[0].text, /STALL/);
  });
});
