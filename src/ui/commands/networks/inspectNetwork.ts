import type { CommandDeps } from '../shared/CommandDeps';
import { networkTargets } from './networkTargets';

/** `docker network inspect` as a read-only JSON document. */
export async function inspectNetwork(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [name] = await networkTargets(deps, args, { many: false });
  if (!name) {
    return undefined;
  }
  const text = JSON.stringify(await deps.engine().inspectNetwork(name), null, 2);
  await deps.documents.show(`${name}.network.json`, text, 'json');
  return text;
}
