import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { stackDeployCommand } from '../../src/compose/stackDeploy';
import { EngineError, stackLabel, type ResourceEvent } from '../../src/engine';
import { engine, rejectsWith, tempDir } from '../support/engineUnderTest';
import { eventually } from '../support/eventually';
import { cliEnv, enterLab, leaveLab, missingImage, notesStack, webImage } from '../support/swarmLab';
import { docker, labels, testLabelKey, testRunId } from '../support/testDocker';

/** Waits on a condition (the shared `eventually`), with the timeout first as these suites write it. */
const waitFor = (check: () => Promise<boolean>, timeoutMs: number, what: string) => eventually(check, what, timeoutMs);

const run = promisify(execFile);

interface RawTask {
  ID: string;
  Slot?: number;
  Status: { State: string; Err?: string };
  DesiredState: string;
  Spec: { ContainerSpec: { Image: string } };
}

/** Tasks of a service as the engine reports them (not through the code under test). */
async function tasksOf(service: string): Promise<RawTask[]> {
  return (await docker().listTasks({ filters: { service: [service] } })) as RawTask[];
}

async function running(service: string): Promise<RawTask[]> {
  return (await tasksOf(service)).filter(t => t.Status.State === 'running' && t.DesiredState === 'running');
}

describe('(integration) swarm', function () {
  // A swarm rollout takes seconds per task on a loaded 2-core machine.
  this.timeout(120_000);
  const e = engine();
  // The notes' stack name: one swarm suite runs at a time, each in a swarm of its own.
  const stack = 'getstartedlab';
  const web = `${stack}_web`;
  let folder = '';

  before(async function () {
    this.timeout(16 * 60_000);
    await enterLab({ init: true });
    folder = await tempDir('dockhand-stack-');
  });

  after(async function () {
    this.timeout(120_000);
    await leaveLab();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function deploy(name: string, text: string): Promise<{ code: number; output: string }> {
    const file = path.join(folder, `${name}.yml`);
    fs.writeFileSync(file, text);
    const { program, args, env } = stackDeployCommand(file, name, e.cliEnvironment(cliEnv()));
    try {
      const { stdout, stderr } = await run(program, args, { env, cwd: folder });
      return { code: 0, output: stdout + stderr };
    } catch (err) {
      const failed = err as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
    }
  }

  it("reports this engine as the swarm's only manager, and its node", async () => {
    const status = await e.swarmStatus();
    assert.equal(status.state, 'active');
    assert.equal(status.isManager, true);
    const nodes = await e.listNodes();
    assert.equal(nodes.length, 1);
    assert.equal(nodes[0]?.id, status.nodeId);
    assert.equal(nodes[0]?.role, 'manager');
    assert.equal(nodes[0]?.manager?.leader, true);
    const tokens = await e.joinTokens();
    assert.match(tokens.worker, /^SWMTKN-1-/);
    assert.notEqual(tokens.worker, tokens.manager);
    assert.deepEqual(tokens.managerAddrs, ['127.0.0.1:2377']);
  });

  it("deploys the notes' example as a stack, and the service events arrive", async () => {
    const events: ResourceEvent[] = [];
    const abort = new AbortController();
    const following = (async () => {
      for await (const event of e.events({ types: ['service'] }, abort.signal)) {
        if (event.type === 'service') {
          events.push(event);
        }
      }
    })();
    try {
      const { code, output } = await deploy(stack, notesStack());
      assert.equal(code, 0, output);
      assert.match(output, new RegExp(`Creating service ${web}`));
      const services = await e.listServices({ labels: [`${stackLabel}=${stack}`] });
      assert.deepEqual(
        services.map(s => s.name),
        [web],
      );
      assert.equal(services[0]?.image, webImage('v1'));
      assert.equal(services[0]?.replicas, 2);
      await waitFor(async () => (await running(web)).length === 2, 90_000, 'two running tasks');
      await waitFor(
        () => Promise.resolve(events.some(ev => ev.action === 'create' && ev.attributes.name === web)),
        10_000,
        'the service create event',
      );
      const listed = (await e.listServices()).find(s => s.name === web);
      assert.equal(listed?.running, 2);
      assert.equal(listed?.desired, 2);
    } finally {
      abort.abort();
      await following;
    }
  });

  it('scales the service to 3 and back to 1', async () => {
    await e.scaleService(web, 3);
    await waitFor(async () => (await running(web)).length === 3, 90_000, 'three running tasks');
    await e.scaleService(web, 1);
    await waitFor(async () => (await running(web)).length === 1, 90_000, 'one running task');
    const inspected = (await docker().getService(web).inspect()) as { Spec: { Mode: { Replicated: { Replicas: number } } } };
    assert.equal(inspected.Spec.Mode.Replicated.Replicas, 1);
  });

  it('refuses a negative or fractional replica count before any request', async () => {
    const before = (await docker().getService(web).inspect()) as { Version: { Index: number } };
    await rejectsWith(e.scaleService(web, -1), 'invalid', /0 or more/);
    await rejectsWith(e.scaleService(web, 1.5), 'invalid');
    const after = (await docker().getService(web).inspect()) as { Version: { Index: number } };
    assert.equal(after.Version.Index, before.Version.Index);
  });

  it('rolls an image update out and rolls it back', async () => {
    await e.updateServiceImage(web, webImage('v2'));
    await waitFor(
      async () => (await running(web)).some(t => t.Spec.ContainerSpec.Image.startsWith(webImage('v2'))),
      90_000,
      'a task on v2',
    );
    const updated = (await e.listServices()).find(s => s.name === web);
    assert.equal(updated?.image, webImage('v2'));
    assert.equal(updated?.hasPreviousSpec, true);
    await e.rollbackService(web);
    await waitFor(
      async () => {
        const tasks = await running(web);
        return tasks.length === 1 && tasks.every(t => t.Spec.ContainerSpec.Image.startsWith(webImage('v1')));
      },
      90_000,
      'the task back on v1',
    );
    const spec = (await docker().getService(web).inspect()) as { Spec: { TaskTemplate: { ContainerSpec: { Image: string } } } };
    assert.ok(spec.Spec.TaskTemplate.ContainerSpec.Image.startsWith(webImage('v1')));
  });

  it('replaces the task on a forced redeploy', async () => {
    const [before] = await running(web);
    await e.forceUpdateService(web);
    await waitFor(
      async () => {
        const now = await running(web);
        return now.length === 1 && now[0]?.ID !== before?.ID;
      },
      90_000,
      'a new task',
    );
  });

  it("follows a service's logs, each line with the task that wrote it", async () => {
    const abort = new AbortController();
    const seen: string[] = [];
    for await (const line of e.serviceLogs(web, { follow: true, tail: 5 }, abort.signal)) {
      seen.push(`${line.task ?? '?'} | ${line.text}`);
      if (/^[\w.-]+\.1 \| hello from /.test(seen.at(-1) ?? '') && seen.length >= 2) {
        abort.abort();
      }
    }
    assert.ok(
      seen.every(l => l.startsWith(`${web}.1 | `)),
      seen.join('\n'),
    );
    assert.ok(
      seen.some(l => / \| hello from \w+/.test(l)),
      seen.join('\n'),
    );
  });

  it('drains the node (its task stops) and activates it again (the task returns)', async () => {
    const [node] = await e.listNodes();
    assert.ok(node);
    await e.updateNode(node.id, { availability: 'drain' });
    const drained = (await docker().getNode(node.id).inspect()) as { Spec: { Availability: string } };
    assert.equal(drained.Spec.Availability, 'drain');
    await waitFor(async () => (await running(web)).length === 0, 90_000, 'no running task on a drained node');
    await e.updateNode(node.id, { availability: 'active' });
    await waitFor(async () => (await running(web)).length === 1, 90_000, 'the task back');
  });

  it('pauses the node and activates it again, and refuses to demote the last manager', async () => {
    const [node] = await e.listNodes();
    assert.ok(node);
    const spec = async () => ((await docker().getNode(node.id).inspect()) as { Spec: { Availability: string; Role: string } }).Spec;
    await e.updateNode(node.id, { availability: 'pause' });
    assert.equal((await spec()).Availability, 'pause');
    await e.updateNode(node.id, { availability: 'active' });
    assert.equal((await spec()).Availability, 'active');
    await e.updateNode(node.id, { role: 'manager' });
    await assert.rejects(e.updateNode(node.id, { role: 'worker' }), /last manager/i);
    assert.equal((await spec()).Role, 'manager');
  });

  it('adds and removes a node label', async () => {
    const [node] = await e.listNodes();
    assert.ok(node);
    await e.updateNode(node.id, { labels: { ...node.labels, 'dockhand.zone': 'a;b $(x)' } });
    const labelled = (await docker().getNode(node.id).inspect()) as { Spec: { Labels: Record<string, string> } };
    assert.equal(labelled.Spec.Labels['dockhand.zone'], 'a;b $(x)');
    await e.updateNode(node.id, { labels: {} });
    const cleared = (await docker().getNode(node.id).inspect()) as { Spec: { Labels: Record<string, string> } };
    assert.deepEqual(cleared.Spec.Labels, {});
  });

  it('creates a secret, never shows its value, and removes it', async () => {
    const name = `dockhand-secret-${testRunId}`;
    const id = await e.createSwarmObject('secret', { name, data: 'hunter2-value', labels });
    const raw = (await docker().getSecret(id).inspect()) as { Spec: { Name: string; Labels: Record<string, string>; Data?: string } };
    assert.equal(raw.Spec.Name, name);
    assert.equal(raw.Spec.Labels[testLabelKey], testRunId);
    const listed = await e.listSwarmObjects('secret', { labels: [`${testLabelKey}=${testRunId}`] });
    assert.deepEqual(
      listed.map(s => s.name),
      [name],
    );
    const inspected = await e.inspectSwarmObject('secret', name);
    assert.ok(!JSON.stringify(inspected).includes('hunter2'));
    assert.ok(!JSON.stringify(inspected).includes(Buffer.from('hunter2-value').toString('base64')));
    await e.removeSwarmObject('secret', name);
    await assert.rejects(docker().getSecret(id).inspect(), (err: { statusCode?: number }) => err.statusCode === 404);
    await rejectsWith(e.removeSwarmObject('secret', name), 'notFound');
  });

  it('creates a config whose content can be read back, and removes it', async () => {
    const name = `dockhand-config-${testRunId}`;
    await e.createSwarmObject('config', { name, data: 'listen 8080;\n', labels });
    const inspected = (await e.inspectSwarmObject('config', name)) as { Spec: { Data: string } };
    assert.equal(Buffer.from(inspected.Spec.Data, 'base64').toString(), 'listen 8080;\n');
    await e.removeSwarmObject('config', name);
    await rejectsWith(e.inspectSwarmObject('config', name), 'notFound');
  });

  it('shows why tasks of an image that cannot be pulled do not start', async () => {
    const broken = 'brokenimage';
    const { code, output } = await deploy(broken, notesStack({ image: missingImage, replicas: 1 }));
    assert.equal(code, 0, output);
    let errors: string[] = [];
    await waitFor(
      async () => {
        errors = (await e.listTasks({ service: `${broken}_web` })).map(t => t.error ?? '').filter(Boolean);
        return errors.length > 0;
      },
      90_000,
      'a task error',
    );
    assert.match(errors[0] ?? '', /No such image|not found|manifest unknown/i);
    const removed = await e.removeStack(broken);
    assert.deepEqual(removed.services, [`${broken}_web`]);
  });

  it('says clearly when a service was removed meanwhile', async () => {
    const err = await rejectsWith(e.scaleService(`${stack}_gone`, 2), 'notFound');
    assert.match(err.message, /gone/);
    await rejectsWith(e.removeService(`${stack}_gone`), 'notFound');
    await rejectsWith(e.serviceLogs(`${stack}_gone`)[Symbol.asyncIterator]().next(), 'notFound');
  });

  it('removes the stack: its services and its network', async () => {
    const removed = await e.removeStack(stack);
    assert.deepEqual(removed.services, [web]);
    assert.deepEqual(removed.networks, [`${stack}_webnet`]);
    assert.deepEqual(await docker().listServices({ filters: { label: [`${stackLabel}=${stack}`] } }), []);
    await waitFor(
      async () => (await docker().listNetworks({ filters: { label: [`${stackLabel}=${stack}`] } })).length === 0,
      30_000,
      'the network gone',
    );
    await rejectsWith(e.removeStack(stack), 'notFound', /no stack named/);
  });

  it('refuses to leave as the last manager without force, then leaves with it', async () => {
    const err = await e.leaveSwarm({ force: false }).then(
      () => undefined,
      (x: unknown) => x,
    );
    assert.ok(err instanceof EngineError, String(err));
    assert.match(err.message, /manager/i);
    assert.equal((await e.swarmStatus()).state, 'active');
    await e.leaveSwarm({ force: true });
    assert.equal((await e.swarmStatus()).state, 'inactive');
    await rejectsWith(e.listServices(), 'failed', /not a swarm manager/i);
  });
});
