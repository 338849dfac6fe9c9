import * as assert from 'node:assert/strict';
import {
  dockerHubUrl,
  imageReferenceProblem,
  newImageReferenceProblem,
  parseImageReference,
  repositoryOf,
} from '../../../src/shared/imageReference';

// Expected values are written out from the distribution/reference grammar the engine uses.
describe('image references (one grammar for engine, dialogs, views and Dockerfile rules)', () => {
  it('splits registry, path, tag and digest without mistaking a registry port for a tag', () => {
    assert.deepEqual(parseImageReference('127.0.0.1:5000/team/app:v2'), {
      registry: '127.0.0.1:5000',
      path: 'team/app',
      repository: '127.0.0.1:5000/team/app',
      tag: 'v2',
    });
    assert.deepEqual(parseImageReference('127.0.0.1:5000/team/app'), {
      registry: '127.0.0.1:5000',
      path: 'team/app',
      repository: '127.0.0.1:5000/team/app',
    });
    assert.deepEqual(parseImageReference('busybox'), { path: 'busybox', repository: 'busybox' });
    assert.deepEqual(parseImageReference('me/app:snap'), { path: 'me/app', repository: 'me/app', tag: 'snap' });
    assert.deepEqual(parseImageReference('app@sha256:abc'), { path: 'app', repository: 'app', digest: 'sha256:abc' });
    assert.deepEqual(parseImageReference('localhost/app:1@sha256:abc'), {
      registry: 'localhost',
      path: 'app',
      repository: 'localhost/app',
      tag: '1',
      digest: 'sha256:abc',
    });
    assert.equal(repositoryOf('alpine:3.20'), 'alpine');
    assert.equal(repositoryOf('registry.example:5000/team/app:1.0@sha256:abc'), 'registry.example:5000/team/app');
  });

  it('accepts what the engine accepts', () => {
    for (const valid of [
      'alpine',
      'alpine:3.20',
      'library/alpine:latest',
      'localhost:5000/me/app:1.0',
      'ghcr.io/owner/repo_name/sub-path:v1.2.3',
      'a__b/c-d--e.f:Tag_1',
      '[::1]:5000/app',
      'Registry.Example/app',
      `app@sha256:${'a'.repeat(64)}`,
      `app:1@sha256:${'0'.repeat(64)}`,
    ]) {
      assert.equal(imageReferenceProblem(valid), undefined, valid);
    }
  });

  it('says why the engine would refuse a reference', () => {
    assert.equal(imageReferenceProblem('Me/App'), 'repository names must be lower case');
    assert.equal(imageReferenceProblem('App'), 'repository names must be lower case');
    assert.match(imageReferenceProblem('app:tag;rm') ?? '', /'tag;rm' is not a valid tag/);
    assert.match(imageReferenceProblem('app:.hidden') ?? '', /not a valid tag/);
    assert.match(imageReferenceProblem(`app:${'t'.repeat(129)}`) ?? '', /not a valid tag/);
    assert.equal(imageReferenceProblem('app@sha256:short'), 'the digest is not algorithm:hex (e.g. sha256:…)');
    assert.equal(imageReferenceProblem('a@b@c'), 'a reference has at most one `@digest`');
    assert.equal(imageReferenceProblem('bad_host.:5000/app'), "'bad_host.:5000' is not a registry host");
    assert.equal(imageReferenceProblem('me/-app'), "'-app' is not a valid repository name part");
    assert.equal(imageReferenceProblem('me//app'), "'' is not a valid repository name part");
    assert.equal(imageReferenceProblem(''), 'the image name is empty');
    assert.equal(imageReferenceProblem('a'.repeat(64)), 'a name of 64 hex digits would read as an image id');
    assert.match(imageReferenceProblem(`r.io/${'a'.repeat(260)}`) ?? '', /longer than 255/);
  });

  it('refuses a digest in the name of a new image', () => {
    assert.equal(newImageReferenceProblem('me/app:1'), undefined);
    assert.equal(newImageReferenceProblem(`me/app@sha256:${'a'.repeat(64)}`), 'a new image name cannot carry an @digest');
  });

  it('links only Docker Hub images to Docker Hub', () => {
    assert.equal(dockerHubUrl('alpine'), 'https://hub.docker.com/_/alpine');
    assert.equal(dockerHubUrl('library/alpine'), 'https://hub.docker.com/_/alpine');
    assert.equal(dockerHubUrl('docker.io/grafana/grafana'), 'https://hub.docker.com/r/grafana/grafana');
    assert.equal(dockerHubUrl('ghcr.io/owner/app'), undefined);
    assert.equal(dockerHubUrl('localhost:5000/app'), undefined);
  });
});
