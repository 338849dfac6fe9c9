import type { RegistryClient } from '../http/RegistryClient';
import { allPages, tagsPage } from './catalog';
import { manifestDigest } from './manifests';

const parallel = 8;

/**
 * The tags of `repository` that point at `digest` (besides `except`): deleting a manifest by
 * digest removes them all, so the confirmation names them.
 */
export async function tagsOnDigest(
  client: RegistryClient,
  repository: string,
  digest: string,
  except: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const tags = (await allPages(cursor => tagsPage(client, repository, cursor, 1000, signal))).filter(t => t !== except);
  const sharing: string[] = [];
  let index = 0;
  const worker = async () => {
    while (index < tags.length) {
      const tag = tags[index++] ?? '';
      if ((await manifestDigest(client, repository, tag, signal)) === digest) {
        sharing.push(tag);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, tags.length) }, worker));
  return sharing.sort();
}
