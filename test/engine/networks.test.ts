import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import { createContainer, createNetwork, docker, labels, removeLabelled, testLabel, uniqueName } from '../support/testDocker';
import { engine, rejectsWith } from '../support/engineUnderTest';

describe('(integration) networks', () => {
  const e = engine();
  afterEach(removeLabelled);

  it('creates a bridge network with subnet, gateway, internal, attachable and labels', async () => {
    const name = uniqueName('net');
    const network = await e.createNetwork({
      name,
      driver: 'bridge',
      subnet: '10.213.7.0/24',
      gateway: '10.213.7.1',
      internal: true,
      attachable: true,
      labels: { ...labels, note: 'a;b $(x)' },
    });
    assert.equal(network.name, name);
    assert.deepEqual(network.subnets, ['10.213.7.0/24']);
    assert.equal(network.internal, true);
    const raw = await docker().getNetwork(network.id).inspect();
    assert.equal(raw.IPAM?.Config?.[0]?.Gateway, '10.213.7.1');
    assert.equal(raw.Attachable, true);
    assert.equal(raw.Labels?.note, 'a;b $(x)');
  });

  it('creates macvlan and ipvlan networks on a host interface, and explains overlay without swarm', async () => {
    // The engine runs on this machine: one of its interfaces with an address can be the parent.
    const parent = Object.entries(os.networkInterfaces()).find(([, addrs]) => addrs?.some(a => !a.internal))?.[0];
    assert.ok(parent, 'a host interface');
    for (const [driver, subnet] of [
      ['macvlan', '10.213.10.0/24'],
      ['ipvlan', '10.213.11.0/24'],
    ] as const) {
      const network = await e.createNetwork({ name: uniqueName(driver), driver, subnet, labels, options: { parent } });
      assert.equal(network.driver, driver);
      const raw = await docker().getNetwork(network.id).inspect();
      assert.equal(raw.Options?.parent, parent);
      await e.removeNetwork(network.id);
    }
    const overlay = { name: uniqueName('overlay'), driver: 'overlay' as const, attachable: true, labels };
    if ((await e.info()).swarm === 'active') {
      // Another suite may have made this engine a swarm manager: then overlay works.
      await e.removeNetwork((await e.createNetwork(overlay)).id);
    } else {
      await rejectsWith(e.createNetwork(overlay), 'failed', /swarm/);
    }
  });

  it('connects a container with an alias and address, lists it with its IP, and disconnects it', async () => {
    const name = uniqueName('net');
    const network = await e.createNetwork({ name, subnet: '10.213.8.0/24', labels });
    const c = await createContainer({ start: true });
    await e.connectNetwork(name, c.id, { aliases: ['web-alias'], ipv4Address: '10.213.8.42' });
    const inspected = await docker().getContainer(c.id).inspect();
    const endpoint = inspected.NetworkSettings.Networks[name];
    assert.equal(endpoint.IPAddress, '10.213.8.42');
    assert.ok(endpoint.Aliases?.includes('web-alias'));

    const listed = await e.listNetworksWithContainers({ labels: [testLabel] });
    const entry = listed.find(n => n.id === network.id);
    assert.deepEqual(
      entry?.containers.map(x => [x.id, x.ipv4Address]),
      [[c.id, '10.213.8.42/24']],
    );

    await e.disconnectNetwork(name, c.id, { force: true });
    assert.equal((await docker().getContainer(c.id).inspect()).NetworkSettings.Networks[name], undefined);
  });

  it('refuses to remove the built-in networks before asking the engine', async () => {
    for (const name of ['bridge', 'host', 'none']) {
      await rejectsWith(e.removeNetwork(name), 'invalid', new RegExp(`${name} is built into Docker`));
    }
    assert.ok(await docker().getNetwork('bridge').inspect());
  });

  it('removes a network, and a removed one is notFound', async () => {
    const id = await createNetwork();
    await e.removeNetwork(id);
    await rejectsWith(e.inspectNetwork(id), 'notFound');
    await rejectsWith(e.removeNetwork(id), 'notFound');
  });

  it('prunes unused networks', async () => {
    const unused = await createNetwork();
    const usedName = uniqueName('net');
    await createNetwork(usedName);
    // Only a running container has an endpoint that keeps its network from being pruned.
    const c = await createContainer({ start: true });
    await docker().getNetwork(usedName).connect({ Container: c.id });
    const result = await e.pruneNetworks({ labels: [testLabel] });
    const unusedName = (await docker().listNetworks({ filters: { id: [unused] } })).length;
    assert.equal(unusedName, 0);
    assert.equal(result.removed.length, 1);
    assert.ok(await docker().getNetwork(usedName).inspect());
  });
});
