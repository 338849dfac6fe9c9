// Puts small images into a test registry with raw registry API calls (independent of the code under
// test): one layer and one config blob per platform, uploaded once, then mounted into every other
// repository and referenced by as many tags as needed, so large catalogs cost one manifest PUT each.
import * as crypto from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import * as zlib from 'node:zlib';
import { mintToken, parseScopes } from './tokenServer';
import { testCaCertificate, type TestRegistry } from './testRegistries';

export const dockerManifestType = 'application/vnd.docker.distribution.manifest.v2+json';
export const ociIndexType = 'application/vnd.oci.image.index.v1+json';

const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 8 }), https: undefined as https.Agent | undefined };

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One raw request to `registry`, authorised the way it wants (basic, or a token minted in-process). */
export function raw(
  registry: TestRegistry,
  method: string,
  path: string,
  options: { body?: Buffer | string; headers?: Record<string, string>; scopes?: string[] } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (registry.auth === 'basic') {
    headers.authorization = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`;
  } else if (registry.auth === 'token') {
    headers.authorization = `Bearer ${mintToken(registry.username ?? '', parseScopes(options.scopes ?? []))}`;
  }
  const body = options.body === undefined ? undefined : Buffer.from(options.body);
  if (body) {
    headers['content-length'] = String(body.length);
  }
  const url = new URL(/^https?:/.test(path) ? path : `${registry.secure ? 'https' : 'http'}://${registry.host}${path}`);
  const agent = url.protocol === 'https:' ? (agents.https ??= new https.Agent({ keepAlive: true, ca: testCaCertificate() })) : agents.http;
  const module = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = module.request(url, { method, headers, agent }, res => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const sha = (data: Buffer | string) => `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`;

/** A one-file tar archive (ustar), built by hand so the layer's bytes, and so its digests, never vary. */
function tarOf(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) {
    sum += byte;
  }
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(padded);
  return Buffer.concat([header, padded, Buffer.alloc(1024)]);
}

export interface SeedImage {
  readonly manifest: Buffer;
  readonly digest: string;
  readonly configDigest: string;
  readonly layerDigest: string;
  readonly blobs: Array<{ digest: string; data: Buffer }>;
  readonly created: string;
  readonly architecture: string;
}

/** A pullable single-layer image for `architecture`, with a known created date and history. */
export function seedImage(architecture = 'amd64'): SeedImage {
  const tar = tarOf('hello.txt', 'hello from the Dockhand registry tests\n');
  const layer = zlib.gzipSync(tar, { level: 9 });
  const created = '2024-05-06T07:08:09Z';
  const config = Buffer.from(
    JSON.stringify({
      architecture,
      os: 'linux',
      created,
      config: { Cmd: ['/hello.txt'] },
      rootfs: { type: 'layers', diff_ids: [sha(tar)] },
      history: [
        { created, created_by: 'COPY hello.txt / # dockhand registry test' },
        { created, created_by: 'CMD ["/hello.txt"]', empty_layer: true },
      ],
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: dockerManifestType,
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: config.length, digest: sha(config) },
      layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: layer.length, digest: sha(layer) }],
    }),
  );
  return {
    manifest,
    digest: sha(manifest),
    configDigest: sha(config),
    layerDigest: sha(layer),
    created,
    architecture,
    blobs: [
      { digest: sha(config), data: config },
      { digest: sha(layer), data: layer },
    ],
  };
}

async function ensureBlob(
  registry: TestRegistry,
  repository: string,
  blob: { digest: string; data: Buffer },
  from?: string,
): Promise<void> {
  const scopes = [`repository:${repository}:pull,push`, ...(from ? [`repository:${from}:pull`] : [])];
  const head = await raw(registry, 'HEAD', `/v2/${repository}/blobs/${blob.digest}`, { scopes });
  if (head.status === 200) {
    return;
  }
  if (from) {
    const mounted = await raw(registry, 'POST', `/v2/${repository}/blobs/uploads/?mount=${blob.digest}&from=${from}`, { scopes });
    if (mounted.status === 201) {
      return;
    }
    // Not mountable (not there yet): fall through to an upload, cancelling the session it opened.
    if (mounted.status === 202 && mounted.headers.location) {
      await raw(registry, 'DELETE', mounted.headers.location, { scopes });
    }
  }
  const started = await raw(registry, 'POST', `/v2/${repository}/blobs/uploads/`, { scopes });
  const location = started.headers.location;
  if (started.status !== 202 || !location) {
    throw new Error(`${registry.host}: starting an upload to ${repository} answered ${started.status} ${started.body.toString()}`);
  }
  const target = `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(blob.digest)}`;
  const put = await raw(registry, 'PUT', target, { body: blob.data, headers: { 'content-type': 'application/octet-stream' }, scopes });
  if (put.status !== 201) {
    throw new Error(`${registry.host}: uploading ${blob.digest} to ${repository} answered ${put.status} ${put.body.toString()}`);
  }
}

async function putManifest(registry: TestRegistry, repository: string, tag: string, manifest: Buffer, type: string): Promise<void> {
  const res = await raw(registry, 'PUT', `/v2/${repository}/manifests/${tag}`, {
    body: manifest,
    headers: { 'content-type': type },
    scopes: [`repository:${repository}:pull,push`],
  });
  if (res.status !== 201) {
    throw new Error(`${registry.host}: PUT manifest ${repository}:${tag} answered ${res.status} ${res.body.toString()}`);
  }
}

/** Pushes the seed image as `repository:tag` for every tag (blobs mounted from `mountFrom` when given). */
export async function seedTags(
  registry: TestRegistry,
  repository: string,
  tags: readonly string[],
  mountFrom?: string,
  image = seedImage(),
): Promise<SeedImage> {
  for (const blob of image.blobs) {
    await ensureBlob(registry, repository, blob, mountFrom);
  }
  await inParallel(tags, 8, tag => putManifest(registry, repository, tag, image.manifest, dockerManifestType));
  return image;
}

/** Many repositories holding the seed image under `tag`, a few requests each. */
export async function seedRepositories(registry: TestRegistry, repositories: readonly string[], tag = 'v1'): Promise<void> {
  const [first, ...rest] = repositories;
  if (!first) {
    return;
  }
  await seedTags(registry, first, [tag]);
  await inParallel(rest, 8, repository => seedTags(registry, repository, [tag], first).then(() => undefined));
}

/** A two-platform OCI index (linux/amd64, linux/arm64) as `repository:tag`; resolves to the index digest. */
export async function seedIndex(
  registry: TestRegistry,
  repository: string,
  tag: string,
): Promise<{ digest: string; platforms: SeedImage[] }> {
  const platforms = [seedImage('amd64'), seedImage('arm64')];
  // Each platform's manifest is pushed by digest: untagged, as `docker buildx` leaves them.
  for (const image of platforms) {
    await seedTags(registry, repository, [image.digest], undefined, image);
  }
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: ociIndexType,
      manifests: platforms.map(p => ({
        mediaType: dockerManifestType,
        digest: p.digest,
        size: p.manifest.length,
        platform: { os: 'linux', architecture: p.architecture },
      })),
    }),
  );
  await putManifest(registry, repository, tag, index, ociIndexType);
  return { digest: sha(index), platforms };
}

async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      await work(items[next++]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}
