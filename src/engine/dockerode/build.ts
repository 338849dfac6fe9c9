import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BuildOptions, BuildResult } from '../imageTypes';
import { toProgressEvent } from '../mappers/imageDetails';
import { buildContextFilter, ignoreFileCandidates, parseDockerignore } from '../../shared/dockerignore';
import { LineBuffer } from '../streams/LineBuffer';
import { packPath } from '../tar/packPath';
import { withSignal, type EngineClient } from './EngineClient';
import { readProgress } from './progress';

/**
 * Builds with the classic builder (`POST /build`), which every engine has — buildx may be
 * absent. The context folder is packed by our own tar writer, honouring `.dockerignore`.
 */
export async function buildImage(client: EngineClient, options: BuildOptions, signal?: AbortSignal): Promise<BuildResult> {
  const context = path.resolve(options.context);
  const dockerfile = (options.dockerfile ?? 'Dockerfile').replace(/\\/g, '/');
  const dockerfileOnHost = path.resolve(context, dockerfile);
  const relative = path.relative(context, dockerfileOnHost);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw client.error('invalid', `The Dockerfile ${dockerfile} must be inside the build context ${context}.`);
  }
  const contextRelativeDockerfile = relative.split(path.sep).join('/');
  await client.call(
    () =>
      fs.promises.access(dockerfileOnHost).catch(() => {
        throw client.error('notFound', `There is no Dockerfile at ${dockerfileOnHost}.`);
      }),
    signal,
  );

  const archive = packPath(context, await contextFilter(context, contextRelativeDockerfile));
  const query = {
    t: options.tags?.length ? [...options.tags] : undefined,
    dockerfile: contextRelativeDockerfile,
    buildargs: options.buildArgs,
    target: options.target,
    labels: options.labels,
    nocache: options.noCache,
    pull: options.pull,
    rm: true,
    forcerm: true,
  };
  let imageId: string | undefined;
  const lines = new LineBuffer();
  const log = (text: string) => options.onOutput?.({ kind: 'log', text });
  try {
    const stream = await client.call(s => client.untyped.buildImage(archive, withSignal(query, s)), signal);
    await readProgress(
      client,
      stream,
      'The build',
      raw => {
        if (raw.aux?.ID) {
          imageId = raw.aux.ID;
        }
        if (raw.stream) {
          // Engines before API 1.30 only say "Successfully built <id>".
          imageId ??= /^Successfully built ([0-9a-f]+)/m.exec(raw.stream)?.[1];
          lines.push(raw.stream).forEach(log);
        }
        const progress = toProgressEvent(raw);
        if (progress) {
          options.onOutput?.({ kind: 'progress', progress });
        }
      },
      signal,
    );
  } finally {
    lines.flush().forEach(log);
    archive.destroy();
  }
  if (!imageId) {
    throw client.error('failed', 'The build ended without reporting an image id.');
  }
  return { imageId };
}

/** The `.dockerignore` rules as a build applies them (the Dockerfile and `.dockerignore` are always sent). */
async function contextFilter(
  context: string,
  dockerfile: string,
): Promise<{ exclude?: (p: string) => boolean; descendExcluded?: boolean }> {
  let text: string | undefined;
  for (const candidate of ignoreFileCandidates(dockerfile)) {
    text ??= await fs.promises.readFile(path.join(context, candidate), 'utf8').catch(() => undefined);
  }
  if (text === undefined) {
    return {};
  }
  const rules = parseDockerignore(text);
  return { exclude: buildContextFilter(rules, dockerfile), descendExcluded: rules.hasExceptions };
}
