import * as fs from 'node:fs';
import { parseImageReference } from '../../shared/imageReference';
import type { RegistryAuth, TransferOptions } from '../imageTypes';
import { toProgressEvent, type RawProgress } from '../mappers/imageDetails';
import { withSignal, type EngineClient } from './EngineClient';
import { writeWhole } from './files';
import { readProgress } from './progress';

/** `POST /images/create`: pulls one reference (tag `latest` when it names none), with per-layer progress. */
export async function pullImage(client: EngineClient, ref: string, options: TransferOptions = {}, signal?: AbortSignal): Promise<void> {
  const { repository, tag, digest } = parseImageReference(ref);
  const query = { fromImage: repository, tag: digest ?? tag ?? 'latest', authconfig: authConfig(options.auth) };
  const stream = await client.call(s => client.docker.createImage(withSignal(query, s)), signal);
  await readProgress(client, stream, `Pulling ${ref}`, reportTo(options), signal);
}

/** `POST /images/{name}/push` for one tag (`latest` when the reference names none). */
export async function pushImage(client: EngineClient, ref: string, options: TransferOptions = {}, signal?: AbortSignal): Promise<void> {
  const { repository, tag } = parseImageReference(ref);
  // Engines from API 1.47 on refuse a push without X-Registry-Auth: send an empty one at least.
  const query = { tag: tag ?? 'latest', authconfig: authConfig(options.auth) ?? {} };
  const stream = await client.call(s => client.docker.getImage(repository).push(withSignal(query, s)), signal);
  await readProgress(client, stream, `Pushing ${ref}`, reportTo(options), signal);
}

/** `GET /images/get?names=…`, streamed to a tar file. */
export async function saveImages(client: EngineClient, refs: readonly string[], filePath: string, signal?: AbortSignal): Promise<void> {
  if (!refs.length) {
    throw client.error('invalid', 'Name at least one image to save.');
  }
  const stream = await client.call(s => client.untyped.getImages(withSignal({ names: [...refs] }, s)), signal);
  await writeWhole(client, stream, filePath, signal);
}

/** `POST /images/load` from a tar file; resolves to the references (or, for untagged images, ids) loaded. */
export async function loadImages(client: EngineClient, filePath: string, signal?: AbortSignal): Promise<string[]> {
  await client.call(
    () =>
      fs.promises.access(filePath, fs.constants.R_OK).catch(() => {
        throw client.error('notFound', `Cannot read the image archive ${filePath}.`);
      }),
    signal,
  );
  const file = fs.createReadStream(filePath);
  const loaded: string[] = [];
  try {
    const stream = await client.call(s => client.docker.loadImage(file, withSignal({ quiet: true }, s)), signal);
    await readProgress(
      client,
      stream,
      `Loading ${filePath}`,
      raw => {
        // The engine reports each image as a line of text: "Loaded image: repo:tag" or "Loaded image ID: sha256:…".
        const match = /Loaded image(?: ID)?: (\S+)/.exec(raw.stream ?? '');
        if (match) {
          loaded.push(match[1]);
        }
      },
      signal,
    );
  } finally {
    file.destroy();
  }
  return loaded;
}

function reportTo(options: TransferOptions): (raw: RawProgress) => void {
  return raw => {
    const event = toProgressEvent(raw);
    if (event) {
      options.onProgress?.(event);
    }
  };
}

function authConfig(auth: RegistryAuth | undefined): Record<string, string> | undefined {
  if (!auth) {
    return undefined;
  }
  const config: Record<string, string> = {};
  if (auth.username) {
    config.username = auth.username;
  }
  if (auth.password) {
    config.password = auth.password;
  }
  if (auth.serverAddress) {
    config.serveraddress = auth.serverAddress;
  }
  if (auth.identityToken) {
    config.identitytoken = auth.identityToken;
  }
  return config;
}
