import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LogsRun } from '../../../src/ui/terminals/LogsTerminal';
import type { SessionRun } from '../../../src/ui/terminals/SessionTerminal';
import { removeLabelled } from '../../support/testDocker';
import { eventually } from '../../support/eventually';
import { labelledContainer, stateOf } from './containersFixtures';
import { dockhand } from './helpers';
import { terminalClosed } from './terminals';

describe('Containers terminals: logs, shell, attach', function () {
  this.timeout(120_000);
  after(() => removeLabelled());

  it('follows the logs from the last lines on, across a restart, and stops when the terminal closes', async () => {
    const c = await labelledContainer({
      start: true,
      cmd: [
        'sh',
        '-c',
        'i=0; while [ $i -lt 1500 ]; do echo old-$i; i=$((i+1)); done; echo "run-$(cat /proc/uptime)"; trap \'exit 0\' TERM; while true; do sleep 1; done',
      ],
    });
    const run = await vscode.commands.executeCommand<LogsRun>('dockhand.containers.logs', c.id);
    assert.ok(run);
    await eventually(() => /run-/.test(run.output()), "the first run's marker");
    assert.ok(!/^old-0$/m.test(run.output()), 'the first lines are beyond the tail of 1000');
    assert.match(run.output(), /^old-1499$/m);
    await c.restart({ t: 1 });
    await eventually(() => (run.output().match(/run-/g) ?? []).length === 2, "the second run's marker after the restart");
    run.terminal.dispose();
    await run.ended;
  });

  it('shows timestamps once toggled on', async () => {
    const c = await labelledContainer({ start: true, cmd: ['sh', '-c', "echo stamped; trap 'exit 0' TERM; while true; do sleep 1; done"] });
    const on = await vscode.commands.executeCommand<boolean>('dockhand.containers.toggleLogTimestamps');
    try {
      assert.equal(on, true);
      const run = await vscode.commands.executeCommand<LogsRun>('dockhand.containers.logs', c.id);
      assert.ok(run);
      await eventually(() => /stamped/.test(run.output()), 'the line');
      assert.match(run.output(), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z stamped$/m);
      run.terminal.dispose();
    } finally {
      assert.equal(await vscode.commands.executeCommand<boolean>('dockhand.containers.toggleLogTimestamps'), false);
    }
  });

  it('opens sh in an image without bash, runs what is typed, and closes with the exit code', async () => {
    const api = await dockhand();
    const c = await labelledContainer({ start: true });
    const run = await vscode.commands.executeCommand<SessionRun>('dockhand.containers.shell', c.id);
    assert.ok(run);
    await run.opened;
    const closed = terminalClosed(run.terminal);
    run.terminal.sendText('echo \'a;b$(x) "q"\' > /tmp/typed; echo "cols=$(stty size)"; exit 3', true);
    assert.equal(await run.exited, 3);
    await closed;
    assert.match(run.output(), /cols=\d+ \d+/, 'a TTY with a size');
    const typed = await api.engine.execAndWait(c.id, ['cat', '/tmp/typed']);
    assert.equal(typed.stdout, 'a;b$(x) "q"\n');
  });

  it('closes the shell terminal cleanly when the container stops under it', async () => {
    const c = await labelledContainer({ start: true });
    const run = await vscode.commands.executeCommand<SessionRun>('dockhand.containers.shell', c.id);
    assert.ok(run);
    await run.opened;
    const closed = terminalClosed(run.terminal);
    await c.kill();
    await run.exited;
    await closed;
    assert.equal((await stateOf(c)).status, 'exited');
  });

  it('attaches to the main process: input reaches it, and the terminal closes when it exits', async () => {
    const c = await labelledContainer({ start: true, interactive: true });
    const run = await vscode.commands.executeCommand<SessionRun>('dockhand.containers.attach', c.id);
    assert.ok(run);
    await run.opened;
    const closed = terminalClosed(run.terminal);
    run.terminal.sendText('echo "attached-$((6*7))"', true);
    await eventually(() => /attached-42/.test(run.output()), 'the main process to answer');
    run.terminal.sendText('exit', true);
    await run.exited;
    await closed;
    assert.equal((await stateOf(c)).status, 'exited');
  });
});
