import * as assert from 'node:assert/strict';
import { createContainer, docker, labels, removeLabelled, testImage, uniqueName } from '../support/testDocker';
import { engine, rejectsWith } from '../support/engineUnderTest';

async function readUntil(output: AsyncIterable<{ data: Buffer }>, pattern: RegExp): Promise<string> {
  let text = '';
  for await (const chunk of output) {
    text += chunk.data.toString();
    if (pattern.test(text)) {
      return text;
    }
  }
  return text;
}

describe('(integration) exec and attach', () => {
  const e = engine();
  afterEach(removeLabelled);

  it('runs a command with shell characters as a plain argument, and reports its exit code', async () => {
    const c = await createContainer({ start: true });
    const result = await e.execAndWait(c.id, ['sh', '-c', 'echo "$0"; echo oops >&2; exit 3', 'a;b$(x)']);
    assert.equal(result.stdout, 'a;b$(x)\n');
    assert.equal(result.stderr, 'oops\n');
    assert.equal(result.exitCode, 3);
  });

  it('picks sh when the image has no bash, and bash when it has one', async () => {
    const c = await createContainer({ start: true });
    assert.equal(await e.pickShell(c.id), '/bin/sh');
    assert.equal((await e.execAndWait(c.id, ['ln', '-s', '/bin/sh', '/bin/bash'])).exitCode, 0);
    assert.equal(await e.pickShell(c.id), '/bin/bash');
  });

  it('runs an interactive shell with a TTY, stdin and resize', async () => {
    const c = await createContainer({ start: true });
    const session = await e.exec(c.id, { cmd: ['/bin/sh'], tty: true, stdin: true, cols: 100, rows: 30 });
    await session.resize(132, 43);
    session.input.write('stty size; echo "mark-$((40+2))"; exit 7\n');
    const text = await readUntil(session.output, /mark-42/);
    assert.match(text, /43 132/);
    assert.match(text, /mark-42/);
    assert.equal(await session.exitCode(), 7);
  });

  it('closes an interactive session when its signal aborts', async () => {
    const c = await createContainer({ start: true });
    const controller = new AbortController();
    // The command outlives the test's timeout: the output ends only because the abort closed it.
    const session = await e.exec(c.id, { cmd: ['sh', '-c', 'echo ready; sleep 3600'] }, controller.signal);
    let text = '';
    for await (const chunk of session.output) {
      text += chunk.data.toString();
      controller.abort();
    }
    assert.equal(text, 'ready\n');
  });

  it('rejects exec in a stopped container as a conflict', async () => {
    const c = await createContainer();
    await rejectsWith(e.exec(c.id, { cmd: ['true'] }), 'conflict', /not running/);
  });

  it('attaches to the main process', async () => {
    const c = await docker().createContainer({
      Image: testImage,
      name: uniqueName('attach'),
      Labels: labels,
      OpenStdin: true,
      Tty: false,
      Cmd: ['sh', '-c', 'read line; echo "got $line"'],
    });
    await c.start();
    const session = await e.attach(c.id);
    session.input.write('a;b $(x)\n');
    const text = await readUntil(session.output, /got/);
    session.close();
    assert.match(text, /got a;b \$\(x\)/);
  });
});
