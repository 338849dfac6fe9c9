import * as assert from 'node:assert/strict';
import {
  allViews,
  containerLifecycle,
  isTaskContainer,
  viewsFor,
  type EventRoutes,
  type Reloadable,
} from '../../../src/ui/trees/eventRoutes';

const view = (): Reloadable => ({ reload: () => Promise.resolve() });

describe('event routes', () => {
  const containers = view();
  const images = view();
  const system = view();
  const routes: EventRoutes = new Map([
    ['container', [{ view: containers }, { view: images, actions: containerLifecycle }, { view: system, actions: containerLifecycle }]],
    ['image', [{ view: images }, { view: system }]],
  ]);

  it('reloads the marks of other views only when a container comes, goes, starts, stops or is renamed', () => {
    for (const action of ['create', 'start', 'die', 'destroy', 'rename', 'pause', 'unpause', 'restart']) {
      assert.deepEqual(viewsFor(routes, { type: 'container', action }), [containers, images, system], action);
    }
    assert.deepEqual(viewsFor(routes, { type: 'container', action: 'health_status' }), [containers]);
  });

  it('reloads nothing for activity inside a container', () => {
    for (const action of ['exec_create', 'exec_start', 'exec_die', 'attach', 'resize', 'top', 'archive-path', 'export', 'commit']) {
      assert.deepEqual(viewsFor(routes, { type: 'container', action }), [], action);
    }
  });

  it('routes other types by type, and knows every view once', () => {
    assert.deepEqual(viewsFor(routes, { type: 'image', action: 'tag' }), [images, system]);
    assert.deepEqual(viewsFor(routes, { type: 'volume', action: 'create' }), []);
    assert.deepEqual(allViews(routes), [containers, images, system]);
  });
});

describe('event routes: swarm task containers', () => {
  it('reaches a view guarded by isTaskContainer only for containers that run a swarm task', () => {
    const swarm: Reloadable = { reload: () => Promise.resolve() };
    const routes: EventRoutes = new Map([['container', [{ view: swarm, actions: containerLifecycle, when: isTaskContainer }]]]);
    assert.deepEqual(viewsFor(routes, { type: 'container', action: 'start', attributes: { 'com.docker.swarm.task.id': 'abc' } }), [swarm]);
    assert.deepEqual(viewsFor(routes, { type: 'container', action: 'start', attributes: { name: 'plain' } }), []);
    assert.deepEqual(viewsFor(routes, { type: 'container', action: 'exec_start', attributes: { 'com.docker.swarm.task.id': 'abc' } }), []);
  });
});
