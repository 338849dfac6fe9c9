import * as assert from 'node:assert/strict';
import { docker, labels, removeLabelled, testImage, uniqueName } from '../support/testDocker';
import { engine } from '../support/engineUnderTest';

describe('(integration) run a container from an image', () => {
  const e = engine();
  afterEach(removeLabelled);

  it('runs detached and publishes each EXPOSEd port on 127.0.0.1 with a picked host port', async () => {
    const name = uniqueName('run');
    const result = await e.runContainer({ image: testImage, name, cmd: ['sleep', '60'], env: ['A=1'], labels });
    assert.equal(result.name, name);
    const info = await docker().getContainer(result.id).inspect();
    assert.equal(info.State.Running, true);
    assert.deepEqual(
      info.Config.Env.filter(v => v === 'A=1'),
      ['A=1'],
    );
    const published = result.ports.find(p => p.containerPort === 8080);
    assert.ok(published, 'port 8080 published');
    assert.equal(published.hostIp, '127.0.0.1');
    assert.ok((published.hostPort ?? 0) > 0);
  });

  it('runs interactively with a TTY: input reaches the process, output and exit code come back', async () => {
    const session = await e.runInteractive({ image: testImage, name: uniqueName('run-it'), cmd: ['sh'], labels, cols: 120, rows: 40 });
    session.input.write('stty size; echo "mark-$((40+2))"; exit 5\n');
    let text = '';
    for await (const chunk of session.output) {
      text += chunk.data.toString();
      if (/mark-42/.test(text)) {
        break;
      }
    }
    assert.match(text, /40 120/);
    assert.equal(await session.exitCode(), 5);
    session.close();
  });
});
