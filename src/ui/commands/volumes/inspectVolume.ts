import type { CommandDeps } from '../shared/CommandDeps';
import { volumeTargets } from './volumeTargets';

/** `docker volume inspect` as a read-only JSON document. */
export async function inspectVolume(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [name] = await volumeTargets(deps, args, false);
  if (!name) {
    return undefined;
  }
  const text = JSON.stringify(await deps.engine().inspectVolume(name), null, 2);
  await deps.documents.show(`${name}.volume.json`, text, 'json');
  return text;
}
