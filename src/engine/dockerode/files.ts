import * as fs from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { extractTar } from '../tar/extractTar';
import { packPath } from '../tar/packPath';
import { withSignal, type EngineClient } from './EngineClient';

/** `GET /containers/{id}/archive`: a tar stream of a file or folder in the container. */
export function copyFromContainer(
  client: EngineClient,
  id: string,
  containerPath: string,
  signal?: AbortSignal,
): Promise<NodeJS.ReadableStream> {
  return client.call(s => client.docker.getContainer(id).getArchive(withSignal({ path: containerPath }, s)), signal);
}

/**
 * Copies a path of the container to the host as `docker cp` does: into `hostPath` when it is an
 * existing folder (arriving as `hostPath/<its name>`), otherwise as `hostPath` itself.
 */
export async function copyFromContainerToHost(
  client: EngineClient,
  id: string,
  containerPath: string,
  hostPath: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const target = path.resolve(hostPath);
  const isFolder = await fs.promises.stat(target).then(
    s => s.isDirectory(),
    () => false,
  );
  const stream = await copyFromContainer(client, id, containerPath, signal);
  try {
    return isFolder
      ? await extractTar(stream as AsyncIterable<Buffer>, target)
      : await extractTar(stream as AsyncIterable<Buffer>, path.dirname(target), { rootName: path.basename(target) });
  } catch (err) {
    throw client.toError(err, signal);
  } finally {
    (stream as { destroy?: () => void }).destroy?.();
  }
}

/** Packs a host file or folder and unpacks it in the container folder `containerDir`. */
export async function copyToContainer(
  client: EngineClient,
  id: string,
  hostPath: string,
  containerDir: string,
  signal?: AbortSignal,
): Promise<void> {
  const absolute = path.resolve(hostPath);
  await client.call(async () => {
    await fs.promises.lstat(absolute).catch(() => {
      throw client.error('notFound', `Nothing to copy: ${absolute} does not exist.`);
    });
  }, signal);
  const archive = packPath(absolute, { rootName: path.basename(absolute) });
  try {
    await client.call(s => client.docker.getContainer(id).putArchive(archive, withSignal({ path: containerDir }, s)), signal);
  } finally {
    archive.destroy();
  }
}

/** `GET /containers/{id}/export`, streamed to a file. */
export async function exportContainer(client: EngineClient, id: string, filePath: string, signal?: AbortSignal): Promise<void> {
  const stream = await client.call(s => client.docker.getContainer(id).export(withSignal({}, s)), signal);
  await writeWhole(client, stream, filePath, signal);
}

/** Streams to `filePath`; a cancelled or failed transfer leaves no partial file behind. */
export async function writeWhole(
  client: EngineClient,
  stream: NodeJS.ReadableStream,
  filePath: string,
  signal?: AbortSignal,
): Promise<void> {
  try {
    await client.call(() => pipeline(stream, fs.createWriteStream(filePath)), signal);
  } catch (err) {
    await fs.promises.rm(filePath, { force: true });
    throw err;
  }
}
