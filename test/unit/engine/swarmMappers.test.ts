import * as assert from 'node:assert/strict';
import { splitDigest, toServiceSummary, toTaskSummary, taskName } from '../../../src/engine/mappers/services';
import { toNodeSummary, toSwarmObjectSummary, toSwarmStatus } from '../../../src/engine/mappers/swarmNodes';
import type { RawNode, RawService, RawSwarmObject, RawTask } from '../../../src/engine/mappers/swarmRaw';
import { splitLogDetails } from '../../../src/engine/streams/serviceLogDetails';
import { readFixture } from '../../support/fixtures';

// Recorded from a single-node swarm on Docker 20.10 (API 1.41) after `docker stack deploy` of the notes' example.
describe('swarm mappers', () => {
  it('maps a stack service: stack, mode, image without the pinned digest, task counts and update state', () => {
    const [raw] = readFixture<RawService[]>('engine/swarm.services.json');
    const s = toServiceSummary(raw ?? {});
    assert.equal(s.id, 'i3zsvzyot8mwuzveo13isamvy');
    assert.equal(s.name, 's12exp_web');
    assert.equal(s.stack, 's12exp');
    assert.equal(s.mode, 'replicated');
    assert.equal(s.image, '127.0.0.1:5000/dockhand-test/s12-web:v1');
    assert.equal(s.imageDigest, 'sha256:62a8eb5a7a32746e18457f6b31e0e3f63b76dfc2c9e1d8672e10f0468721a746');
    assert.equal(s.replicas, 2);
    assert.equal(s.running, 2);
    assert.equal(s.desired, 2);
    assert.equal(s.updateState, 'updating');
    assert.equal(s.version > 0, true);
  });

  it('maps a global service and one without status counts (engines before API 1.41)', () => {
    const global = toServiceSummary({
      ID: 'g',
      Spec: { Name: 'agent', Mode: { Global: {} }, TaskTemplate: { ContainerSpec: { Image: 'agent:1' } } },
    });
    assert.equal(global.mode, 'global');
    assert.equal(global.replicas, undefined);
    assert.equal(global.stack, undefined);
    const old = toServiceSummary({ ID: 'o', Spec: { Name: 'old', Mode: { Replicated: { Replicas: 4 } } } });
    assert.equal(old.desired, 4);
    assert.equal(old.running, 0);
  });

  it('maps tasks with slot, state, desired state and container', () => {
    const tasks = readFixture<RawTask[]>('engine/swarm.tasks.json').map(toTaskSummary);
    const running = tasks.find(t => t.id === '94srtlokli61tctjxmdhxpih1');
    assert.equal(running?.slot, 1);
    assert.equal(running?.state, 'running');
    assert.equal(running?.desiredState, 'running');
    assert.equal(running?.containerId?.slice(0, 12), '3f7df7e56f80');
    assert.equal(running?.image, '127.0.0.1:5000/dockhand-test/s12-web:v1');
    assert.equal(running?.exitCode, undefined);
    const pending = tasks.find(t => t.id === 'p7xrrj3cafy3sta4t7m95pinv');
    assert.equal(pending?.state, 'shutdown');
    assert.equal(pending?.containerId, undefined);
  });

  it("keeps a failed task's error and exit code", () => {
    const t = toTaskSummary({
      ID: 't1',
      ServiceID: 's',
      Slot: 3,
      DesiredState: 'shutdown',
      Status: { State: 'rejected', Err: 'No such image: nope:1', ContainerStatus: { ExitCode: 2 } },
    });
    assert.equal(t.state, 'rejected');
    assert.equal(t.error, 'No such image: nope:1');
    assert.equal(t.exitCode, 2);
  });

  it('names tasks as docker service ps does', () => {
    assert.equal(taskName('shop_web', { id: 'abcdefabcdefabcdef', slot: 2 }), 'shop_web.2');
    assert.equal(taskName('agent', { id: 'abcdefabcdefabcdef', nodeId: 'n0de' }), 'agent.n0de');
  });

  it('splits an image reference from its digest', () => {
    assert.deepEqual(splitDigest('redis:7'), { image: 'redis:7' });
    assert.deepEqual(splitDigest('redis:7@sha256:abc'), { image: 'redis:7', digest: 'sha256:abc' });
  });

  it('maps the manager node with hostname, role, availability, engine version and leadership', () => {
    const [raw] = readFixture<RawNode[]>('engine/swarm.nodes.json');
    const n = toNodeSummary(raw ?? {});
    assert.equal(n.id, '3bmkrtady5l87027up55q53di');
    assert.equal(n.hostname, 'vm');
    assert.equal(n.role, 'manager');
    assert.equal(n.availability, 'active');
    assert.equal(n.state, 'ready');
    assert.equal(n.engineVersion, '20.10.24+dfsg1');
    assert.deepEqual(n.manager, { leader: true, reachability: 'reachable', addr: '127.0.0.1:2377' });
  });

  it('maps secrets and configs without ever carrying data', () => {
    const [secret] = readFixture<RawSwarmObject[]>('engine/swarm.secrets.json').map(toSwarmObjectSummary);
    assert.equal(secret?.name, 's12exp_secret');
    assert.deepEqual(secret?.labels, { 'dockhand.test': 's12exp' });
    const [config] = readFixture<RawSwarmObject[]>('engine/swarm.configs.json').map(toSwarmObjectSummary);
    assert.equal(config?.name, 's12exp_cfg');
    assert.ok(!('data' in (config ?? {})));
  });

  it('reads the swarm state: inactive, manager, worker, locked', () => {
    assert.deepEqual(toSwarmStatus(undefined), {
      state: 'inactive',
      isManager: false,
      nodeId: undefined,
      nodeAddr: undefined,
      managers: undefined,
      nodes: undefined,
      error: undefined,
    });
    const manager = toSwarmStatus({ LocalNodeState: 'active', ControlAvailable: true, NodeID: 'n1', Managers: 1, Nodes: 1 });
    assert.equal(manager.isManager, true);
    assert.equal(manager.nodeId, 'n1');
    const worker = toSwarmStatus({ LocalNodeState: 'active', ControlAvailable: false });
    assert.equal(worker.state, 'active');
    assert.equal(worker.isManager, false);
    assert.equal(toSwarmStatus({ LocalNodeState: 'locked' }).state, 'locked');
  });
});

describe('service log details', () => {
  it('splits the task attributes the engine puts before each line', () => {
    const line = 'com.docker.swarm.node.id=3bmk,com.docker.swarm.service.id=i3zs,com.docker.swarm.task.id=8kge hello from f8c9 a=b c';
    const { attributes, text } = splitLogDetails(line);
    assert.equal(attributes['com.docker.swarm.task.id'], '8kge');
    assert.equal(attributes['com.docker.swarm.node.id'], '3bmk');
    assert.equal(text, 'hello from f8c9 a=b c');
  });

  it('leaves a line without attributes as it is, even one that looks like key=value', () => {
    assert.deepEqual(splitLogDetails('level=info msg=started'), { attributes: {}, text: 'level=info msg=started' });
    assert.deepEqual(splitLogDetails(''), { attributes: {}, text: '' });
  });

  it('decodes escaped attribute values', () => {
    const { attributes } = splitLogDetails('com.docker.swarm.task.id=a%20b,com.docker.swarm.task.name=web.1 x');
    assert.equal(attributes['com.docker.swarm.task.id'], 'a b');
  });
});
