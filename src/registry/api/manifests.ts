import { createHash } from 'node:crypto';
import type { RegistryClient } from '../http/RegistryClient';
import { jsonBody } from '../http/transport';
import { RegistryError } from '../RegistryError';
import { isImageType, isIndexType, manifestAccept } from './mediaTypes';

export interface Descriptor {
  readonly mediaType?: string;
  readonly digest: string;
  readonly size: number;
  readonly platform?: { readonly os?: string; readonly architecture?: string; readonly variant?: string };
}

/** A manifest as the registry holds it, with what the tree shows of it. */
export interface ManifestInfo {
  readonly repository: string;
  readonly reference: string;
  readonly digest: string;
  readonly mediaType: string;
  /** The manifest's own JSON, exactly as served (for "Inspect Manifest"). */
  readonly raw: string;
  readonly kind: 'index' | 'image';
  /** For an index: one entry per platform (attestation manifests left out). */
  readonly platforms: readonly Descriptor[];
  /** For an image: its config blob. */
  readonly config?: Descriptor;
  /** For an image: config plus layers, compressed, as a pull transfers them. */
  readonly size?: number;
  readonly layers: number;
}

/** What the image's config blob says about it. */
export interface ImageConfigInfo {
  readonly created?: string;
  readonly os?: string;
  readonly architecture?: string;
  readonly history: ReadonlyArray<{
    readonly created?: string;
    readonly createdBy?: string;
    readonly emptyLayer?: boolean;
    readonly comment?: string;
  }>;
}

/** `GET /v2/<name>/manifests/<tag or digest>`: an image manifest or a multi-platform index. */
export async function getManifest(
  client: RegistryClient,
  repository: string,
  reference: string,
  signal?: AbortSignal,
): Promise<ManifestInfo> {
  const what = `manifest ${repository}:${reference}`;
  const response = await client.expect(
    { path: `/v2/${repository}/manifests/${reference}`, scope: `repository:${repository}:pull`, accept: manifestAccept },
    what,
    signal,
  );
  const raw = response.body.toString('utf8');
  const fail = (m: string) => new RegistryError('invalidResponse', `${client.host}: ${m}`, client.host);
  const body = jsonBody<{ mediaType?: string; schemaVersion?: number; manifests?: unknown; config?: unknown; layers?: unknown }>(
    response,
    what,
    fail,
  );
  const mediaType = body.mediaType ?? response.headers['content-type']?.split(';')[0]?.trim() ?? '';
  const digest = response.headers['docker-content-digest'] ?? `sha256:${createHash('sha256').update(response.body).digest('hex')}`;
  const base = { repository, reference, digest, mediaType, raw };
  if (isIndexType(mediaType)) {
    const manifests = descriptors(body.manifests, fail, what);
    // BuildKit adds attestation manifests with platform unknown/unknown; they are not platforms.
    const platforms = manifests.filter(m => m.platform?.os !== 'unknown');
    return { ...base, kind: 'index', platforms, layers: 0 };
  }
  if (isImageType(mediaType)) {
    const [config] = descriptors(body.config === undefined ? undefined : [body.config], fail, what);
    const layers = descriptors(body.layers, fail, what);
    const size = (config?.size ?? 0) + layers.reduce((sum, layer) => sum + layer.size, 0);
    return { ...base, kind: 'image', platforms: [], config, size, layers: layers.length };
  }
  throw new RegistryError(
    'invalidResponse',
    `${client.host} served ${repository}:${reference} as "${mediaType || 'no media type'}", a manifest type Dockhand does not read ` +
      '(it reads OCI and Docker schema 2 images and indexes).',
    client.host,
  );
}

/** The digest `reference` resolves to now (`HEAD` with the manifest types Dockhand reads). */
export async function manifestDigest(client: RegistryClient, repository: string, reference: string, signal?: AbortSignal): Promise<string> {
  const response = await client.expect(
    { method: 'HEAD', path: `/v2/${repository}/manifests/${reference}`, scope: `repository:${repository}:pull`, accept: manifestAccept },
    `manifest ${repository}:${reference}`,
    signal,
  );
  const digest = response.headers['docker-content-digest'];
  if (digest) {
    return digest;
  }
  return (await getManifest(client, repository, reference, signal)).digest;
}

/** The image config blob: created date, platform and the build history. */
export async function getImageConfig(
  client: RegistryClient,
  repository: string,
  config: Descriptor,
  signal?: AbortSignal,
): Promise<ImageConfigInfo> {
  const what = `config blob ${config.digest} of ${repository}`;
  const response = await client.expect(
    { path: `/v2/${repository}/blobs/${config.digest}`, scope: `repository:${repository}:pull` },
    what,
    signal,
  );
  const fail = (m: string) => new RegistryError('invalidResponse', `${client.host}: ${m}`, client.host);
  const body = jsonBody<{ created?: unknown; os?: unknown; architecture?: unknown; history?: unknown }>(response, what, fail);
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const history = Array.isArray(body.history) ? (body.history as Array<Record<string, unknown>>) : [];
  return {
    created: text(body.created),
    os: text(body.os),
    architecture: text(body.architecture),
    history: history.map(h => ({
      created: text(h.created),
      createdBy: text(h.created_by),
      emptyLayer: h.empty_layer === true,
      comment: text(h.comment),
    })),
  };
}

/**
 * `DELETE /v2/<name>/manifests/<digest>`: the registry API deletes manifests, not tags, so every
 * tag on that digest goes. A registry with deletion disabled answers 405.
 */
export async function deleteManifest(client: RegistryClient, repository: string, digest: string, signal?: AbortSignal): Promise<void> {
  const response = await client.request(
    { method: 'DELETE', path: `/v2/${repository}/manifests/${digest}`, scope: `repository:${repository}:delete` },
    signal,
  );
  if (response.status === 202 || response.status === 200) {
    return;
  }
  if (response.status === 405) {
    throw new RegistryError(
      'unsupported',
      `${client.host} does not allow deleting images: deletion is disabled on this registry (HTTP 405). ` +
        'Its operator can enable it (storage: delete: enabled: true in the registry configuration).',
      client.host,
    );
  }
  throw client.statusError(response, `deleting ${repository}@${digest}`);
}

function descriptors(value: unknown, fail: (m: string) => Error, what: string): Descriptor[] {
  if (!Array.isArray(value)) {
    throw fail(`The ${what} has no list of descriptors.`);
  }
  return value.map(entry => {
    const d = entry as Partial<Descriptor>;
    if (!d || typeof d.digest !== 'string' || typeof d.size !== 'number') {
      throw fail(`The ${what} has a descriptor without digest or size.`);
    }
    return d as Descriptor;
  });
}
