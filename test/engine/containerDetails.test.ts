import * as assert from 'node:assert/strict';
import { createContainer, docker, removeLabelled, testLabel, testLabelKey, testRunId } from '../support/testDocker';
import { engine } from '../support/engineUnderTest';
import { eventually } from '../support/eventually';

describe('(integration) container details', () => {
  const e = engine();
  afterEach(removeLabelled);

  it('lists the processes of a running container', async () => {
    const c = await createContainer({ start: true, cmd: ['sleep', '3599'] });
    const top = await e.topContainer(c.id);
    assert.ok(top.titles.includes('PID'), top.titles.join(' '));
    // dockerd 20.10 runs `ps -ef` for top: the command column is CMD.
    const cmd = top.titles.indexOf('CMD');
    assert.ok(cmd >= 0, top.titles.join(' '));
    assert.deepEqual(
      top.processes.map(p => p[cmd]),
      ['/sbin/docker-init -- sleep 3599', 'sleep 3599'],
    );
  });

  it('samples stats once, with CPU and memory numbers', async () => {
    const c = await createContainer({ start: true, cmd: ['sh', '-c', 'while true; do :; done'] });
    const stats = await e.containerStats(c.id);
    assert.ok(stats.cpuPercent > 0, `cpu ${stats.cpuPercent}`);
    assert.ok(stats.memoryUsage > 0);
    assert.ok(stats.memoryLimit >= stats.memoryUsage);
    assert.ok(stats.memoryPercent > 0 && stats.memoryPercent <= 100);
    assert.ok(stats.read instanceof Date);
  });

  it('streams stats until cancelled', async () => {
    const c = await createContainer({ start: true });
    const controller = new AbortController();
    const samples = [];
    for await (const sample of e.streamContainerStats(c.id, controller.signal)) {
      samples.push(sample);
      if (samples.length === 2) {
        controller.abort();
      }
    }
    assert.equal(samples.length, 2);
    assert.ok(samples[1].memoryUsage > 0);
  });

  it('reports filesystem changes as added, changed and deleted', async () => {
    const c = await createContainer({ start: true, cmd: ['sh', '-c', 'echo x > "/new;file"; rm /bin/seq; touch /etc/passwd; sleep 60'] });
    let changes = await e.containerChanges(c.id);
    // The command runs after start returns: wait until it made all three changes.
    await eventually(async () => {
      changes = await e.containerChanges(c.id);
      return changes.some(ch => ch.kind === 'deleted') && changes.some(ch => ch.path === '/etc');
    }, 'the container to make its three changes');
    assert.ok(
      changes.some(ch => ch.path === '/new;file' && ch.kind === 'added'),
      JSON.stringify(changes),
    );
    assert.ok(
      changes.some(ch => ch.path === '/bin/seq' && ch.kind === 'deleted'),
      JSON.stringify(changes),
    );
    assert.ok(
      changes.some(ch => ch.path === '/etc' && ch.kind === 'changed'),
      JSON.stringify(changes),
    );
  });

  it('commits a container to a new image with author, message and changes', async () => {
    const c = await createContainer({ start: true, cmd: ['sh', '-c', 'echo hi > /hello; sleep 60'] });
    const repo = `dockhand-test/commit-${testRunId}`;
    const message = 'snapshot; $(rm -rf /) `x` "quoted"';
    const id = await e.commitContainer(c.id, {
      repo,
      tag: 'v1',
      author: 'Dock Hand <dh@example.invalid>',
      message,
      changes: [`LABEL ${testLabelKey}=${testRunId}`, 'ENV GREETING=hello'],
    });
    const image = await docker().getImage(`${repo}:v1`).inspect();
    assert.equal(image.Id, id);
    assert.equal(image.Author, 'Dock Hand <dh@example.invalid>');
    assert.equal(image.Comment, message);
    assert.ok(image.Config.Env.includes('GREETING=hello'));
    assert.equal(image.Config.Labels[testLabelKey], testRunId);
    const listed = await e.listImages({ labels: [testLabel] });
    assert.ok(listed.some(i => i.tags.includes(`${repo}:v1`)));
  });
});
