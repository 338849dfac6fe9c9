import * as assert from 'node:assert/strict';
import { groupByComposeProject, type ComposeProjectNode } from '../../../../src/ui/trees/containers/containerNodes';
import { summary } from './sample';

const compose = (project: string, service: string, extra: Record<string, string> = {}) => ({
  'com.docker.compose.project': project,
  'com.docker.compose.service': service,
  ...extra,
});

describe('Containers view grouping', () => {
  it('puts compose projects first, under their name, and other containers at the top level', () => {
    const roots = groupByComposeProject([
      summary({ id: '1', name: 'loose-b', state: 'exited' }),
      summary({
        id: '2',
        name: 'shop-web-1',
        labels: compose('shop', 'web', {
          'com.docker.compose.project.config_files': '/src/shop/compose.yaml',
          'com.docker.compose.project.working_dir': '/src/shop',
        }),
      }),
      summary({ id: '3', name: 'loose-a', state: 'exited' }),
      summary({ id: '4', name: 'blog-db-1', labels: compose('blog', 'db') }),
      summary({ id: '5', name: 'loose-z', state: 'running' }),
      summary({ id: '6', name: 'shop-db-1', state: 'exited', labels: compose('shop', 'db') }),
    ]);
    assert.deepEqual(
      roots.map(n => (n.kind === 'composeProject' ? `project:${n.project}` : n.container.name)),
      ['project:blog', 'project:shop', 'loose-z', 'loose-a', 'loose-b'],
    );
    const shop = roots[1] as ComposeProjectNode;
    assert.deepEqual(
      shop.containers.map(n => n.container.name),
      ['shop-web-1', 'shop-db-1'],
      'running first',
    );
    assert.deepEqual(shop.configFiles, ['/src/shop/compose.yaml']);
    assert.equal(shop.workingDir, '/src/shop');
  });

  it('reads several compose files, relative ones against the working dir', () => {
    const [project] = groupByComposeProject([
      summary({
        labels: compose('p', 's', {
          'com.docker.compose.project.config_files': '/w/compose.yaml, override.yaml',
          'com.docker.compose.project.working_dir': '/w/',
        }),
      }),
    ]);
    assert.equal(project?.kind, 'composeProject');
    assert.deepEqual(project.configFiles, ['/w/compose.yaml', '/w/override.yaml']);
  });

  it('has no files for a project whose containers were not created by compose files', () => {
    const [project] = groupByComposeProject([summary({ labels: compose('p', 's') })]);
    assert.deepEqual((project as ComposeProjectNode).configFiles, []);
    assert.equal((project as ComposeProjectNode).workingDir, undefined);
  });
});
