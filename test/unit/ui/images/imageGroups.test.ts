import * as assert from 'node:assert/strict';
import type { ContainerSummary, ImageSummary } from '../../../../src/engine';
import { groupImages } from '../../../../src/ui/trees/images/imageGroups';

function image(id: string, tags: string[], created = '2024-01-01T00:00:00Z'): ImageSummary {
  return { id, tags, digests: [], created: new Date(created), size: 1000, labels: {}, containers: -1, dangling: tags.length === 0 };
}

function container(name: string, imageId: string): ContainerSummary {
  return {
    id: `c-${name}`,
    name,
    image: imageId,
    imageId,
    command: 'sh',
    created: new Date(),
    state: 'exited',
    status: 'Exited',
    ports: [],
    labels: {},
    networks: [],
    mounts: [],
  };
}

describe('images view grouping', () => {
  it('groups tags by repository, one row per tag, with the containers using each image', () => {
    const images = [image('sha256:a', ['web:1', 'web:2', 'registry:5000/web:1']), image('sha256:b', ['db:latest'])];
    const groups = groupImages(images, [container('api', 'sha256:a'), container('worker', 'sha256:a')], { hideDangling: false });
    assert.deepEqual(
      groups.map(g => g.repository),
      ['db', 'registry:5000/web', 'web'],
    );
    const web = groups.find(g => g.repository === 'web');
    assert.deepEqual(
      web?.rows.map(r => r.tag),
      ['web:1', 'web:2'],
    );
    assert.deepEqual(web?.rows[0]?.usedBy, ['api', 'worker']);
    assert.deepEqual(groups.find(g => g.repository === 'db')?.rows[0]?.usedBy, []);
  });

  it('puts dangling images last, newest first, or hides them', () => {
    const images = [
      image('sha256:old', [], '2020-01-01T00:00:00Z'),
      image('sha256:new', [], '2024-01-01T00:00:00Z'),
      image('sha256:t', ['x:1']),
    ];
    const shown = groupImages(images, [], { hideDangling: false });
    assert.equal(shown.length, 2);
    assert.equal(shown[1]?.dangling, true);
    assert.deepEqual(
      shown[1]?.rows.map(r => r.image.id),
      ['sha256:new', 'sha256:old'],
    );
    assert.equal(shown[1]?.rows[0]?.tag, undefined);
    const hidden = groupImages(images, [], { hideDangling: true });
    assert.deepEqual(
      hidden.map(g => g.repository),
      ['x'],
    );
  });
});
