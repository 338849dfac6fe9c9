import * as assert from 'node:assert/strict';
import { parseChallenge, nextLink } from '../../../src/registry/http/headers';
import { TokenCache } from '../../../src/registry/http/TokenCache';
import type { ManifestInfo } from '../../../src/registry';
import { historyLabel, manifestRows, platformLabel } from '../../../src/ui/trees/registries/tagDetails';
import { tagReference } from '../../../src/ui/trees/registries/registryNodes';

const local = { address: '127.0.0.1:5000', host: '127.0.0.1:5000', source: 'config' as const };
const hubEntry = { address: 'docker.io', host: 'docker.io', source: 'hub' as const };

describe('registry headers, token cache and tag rows', () => {
  it('parses Bearer and Basic challenges, with commas inside quoted scopes', () => {
    assert.deepEqual(
      parseChallenge(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull,push"',
      ),
      {
        scheme: 'bearer',
        params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/alpine:pull,push' },
      },
    );
    assert.deepEqual(parseChallenge('Basic realm="Registry Realm"'), { scheme: 'basic', params: { realm: 'Registry Realm' } });
    assert.equal(parseChallenge('Basic realm="x", Bearer realm="y"')?.scheme, 'bearer');
    assert.equal(parseChallenge(undefined), undefined);
  });

  it('reads the next page from a Link header', () => {
    assert.equal(nextLink('</v2/_catalog?last=b&n=2>; rel="next"'), '/v2/_catalog?last=b&n=2');
    assert.equal(
      nextLink('<https://r.example/v2/_catalog?last=b>; rel="prev", <https://r.example/v2/_catalog?last=c>; rel="next"'),
      'https://r.example/v2/_catalog?last=c',
    );
    assert.equal(nextLink(undefined), undefined);
  });

  it('keeps a token until shortly before it expires', () => {
    let now = 1_000_000;
    const cache = new TokenCache(() => now);
    cache.set('s', 't', 60);
    now += 53_000;
    assert.equal(cache.get('s'), 't');
    now += 2_000;
    assert.equal(cache.get('s'), undefined);
  });

  it('turns an image manifest and its config into detail rows and history', () => {
    const manifest: ManifestInfo = {
      repository: 'team/app',
      reference: '1.0',
      digest: 'sha256:d',
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      raw: '{}',
      kind: 'image',
      platforms: [],
      config: { digest: 'sha256:c', size: 100 },
      size: 2_500_000,
      layers: 2,
    };
    const rows = manifestRows(
      local,
      'k',
      manifest,
      {
        created: '2024-05-06T07:08:09.123Z',
        os: 'linux',
        architecture: 'arm64',
        history: [
          { createdBy: '/bin/sh -c #(nop) ADD file:abc in / ', created: '2024-05-06T07:00:00Z' },
          { createdBy: '/bin/sh -c apk add curl', emptyLayer: false },
        ],
      },
      new Date('2024-05-08T07:08:09Z'),
    );
    const details = rows.filter(r => r.kind === 'detail').map(r => (r.kind === 'detail' ? [r.label, r.value] : []));
    assert.deepEqual(details, [
      ['Digest', 'sha256:d'],
      ['Media type', 'application/vnd.oci.image.manifest.v1+json'],
      ['Size', '2.5 MB'],
      ['Created', '2024-05-06 07:08:09 UTC (2 days ago)'],
      ['Platform', 'linux/arm64'],
    ]);
    const history = rows.find(r => r.kind === 'history');
    assert.equal(history?.kind === 'history' && history.entries.length, 2);
    assert.equal(historyLabel('/bin/sh -c #(nop) ADD file:abc in / '), 'ADD file:abc in /');
    assert.equal(historyLabel('/bin/sh -c apk add curl'), 'RUN apk add curl');
  });

  it("lists an index's platforms with their variants", () => {
    const rows = manifestRows(
      local,
      'k',
      {
        repository: 'r',
        reference: 't',
        digest: 'sha256:i',
        mediaType: 'application/vnd.oci.image.index.v1+json',
        raw: '{}',
        kind: 'index',
        layers: 0,
        platforms: [{ digest: 'sha256:1', size: 1, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } }],
      },
      undefined,
    );
    assert.deepEqual(
      rows.filter(r => r.kind === 'platform').map(r => (r.kind === 'platform' ? platformLabel(r.descriptor.platform) : '')),
      ['linux/arm/v7'],
    );
  });

  it('names tags as docker pull takes them', () => {
    assert.equal(tagReference(local, 'team/app', '1'), '127.0.0.1:5000/team/app:1');
    assert.equal(tagReference(hubEntry, 'library/alpine', '3'), 'library/alpine:3');
  });
});
