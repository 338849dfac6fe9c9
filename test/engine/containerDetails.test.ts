import * as assert from 'node:assert/strict';
import { createContainer, docker, removeLabelled, testLabel, testLabelKey, testRunId } from '../support/testDocker';
import { engine } from '../support/engineUnderTest';

describe('(integration) container details', () => {
  const e = engine();
  afterEach(removeLabelled);

  it('lists the processes of a running container', async () => {
    const c = await createContainer({ start: true });
    const top = await e.topContainer(c.id);
    assert.ok(top.titles.includes('PID'));
    assert.ok(top.titles.some(t => t === 'CMD' || t === 'COMMAND'));
    assert.ok(top.processes.some(p => p.join(' ').includes('sleep') || p.join(' ').includes('sh')));
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
    for (let i = 0; i < 50 && !(changes.some(ch => ch.kind === 'deleted') && changes.some(ch => ch.path === '/etc')); i++) {
      await new Promise(resolve => setTimeout(resolve, 100));
      changes = await e.containerChanges(c.id);
    }
    assert.ok(changes.some(ch => ch.path === '/new;file' && ch.kind === 'added'), JSON.stringify(changes));
    assert.ok(changes.some(ch => ch.path === '/bin/seq' && ch.kind === 'deleted'), JSON.stringify(changes));
    assert.ok(changes.some(ch => ch.path === '/etc' && ch.kind === 'changed'), JSON.stringify(changes));
  });

  it('commits a container to a new image with author, message and changes', async () => {
    const c = await createContainer({ start: true, cmd: ['sh', '-c', 'echo hi > /hello; sleep 60'] });
    const repo = `dockhand-test/commit-${testRunId}`;
    const message = 'snapshot; $(rm -rf /) `x` "quoted"';
    const id = await e.commitContainer(c.id, {
      repo, tag: 'v1', author: 'Dock Hand <dh@example.invalid>', message,
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
