import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createContainer, createImage, createNetwork, createVolume, removeLabelled } from '../../support/testDocker';
import { childrenWhen, dockhand } from './helpers';
import { askPage, renderedText } from './page';

describe('Dockhand views list the real engine', () => {
  after(() => removeLabelled());

  it('lists a labelled container, image, volume and network the test created', async () => {
    const api = await dockhand();
    const container = await createContainer({ start: true });
    const tag = await createImage();
    const volume = await createVolume();
    const network = await createNetwork();
    await api.refresh();

    const containers = await api.trees.containers.getChildren();
    const node = containers.find(n => n.kind === 'container' && n.container.id === container.id);
    assert.ok(node, 'container listed');
    const item = api.trees.containers.getTreeItem(node);
    assert.equal(item.contextValue, 'container.running');
    assert.match(String(item.description), /dockhand-test\/busybox:latest/);

    const groups = await api.trees.images.getChildren();
    const images = (await Promise.all(groups.map(g => api.trees.images.getChildren(g)))).flat();
    assert.ok(
      images.some(n => n.kind === 'image' && n.tag === tag),
      `image ${tag} listed`,
    );
    const volumes = await api.trees.volumes.getChildren();
    assert.ok(
      volumes.some(n => n.kind === 'volume' && n.volume.name === volume),
      'volume listed',
    );
    const networks = await api.trees.networks.getChildren();
    const networkNode = networks.find(n => n.network.id === network);
    assert.ok(networkNode, 'network listed');
    assert.equal(api.trees.networks.getTreeItem(networkNode).contextValue, 'network');
    const bridge = networks.find(n => n.network.name === 'bridge');
    assert.ok(bridge && api.trees.networks.getTreeItem(bridge).contextValue === 'network.builtIn');
  });

  it('shows a container started outside Dockhand without a manual refresh', async () => {
    const api = await dockhand();
    await api.refresh();
    const container = await createContainer({ start: true });
    const children = await childrenWhen(
      api.trees.containers,
      c => c.some(n => n.kind === 'container' && n.container.id === container.id && n.container.state === 'running'),
      'the new container, running',
    );
    const node = children.find(n => n.kind === 'container' && n.container.id === container.id);
    assert.equal(node && api.trees.containers.getTreeItem(node).contextValue, 'container.running');
  });

  it("shows the Dockhand sidebar with the engine's containers, as the browser renders it", async () => {
    const api = await dockhand();
    const container = await createContainer({ start: true });
    const name = (await container.inspect()).Name.replace(/^\//, '');
    await api.refresh();
    await vscode.commands.executeCommand('workbench.view.extension.dockhand');
    await vscode.commands.executeCommand('dockhand.containers.focus');
    const titles = await askPage<string[]>({
      op: 'evaluate',
      expression: '[...document.querySelectorAll(".sidebar .pane-header h3.title")].map(h => h.textContent)',
    });
    assert.deepEqual(titles[0], ['Containers', 'Images', 'Volumes', 'Networks', 'System', 'Registries', 'Contexts', 'Swarm']);
    const row = await renderedText(`.sidebar .monaco-list-row:has-text("${name}")`);
    assert.match(row, new RegExp(`${name}[\\s\\S]*dockhand-test/busybox:latest`));
  });
});
