import type { CommandDeps } from '../shared/CommandDeps';
import { imageTargets } from './imageTargets';

/** `docker image inspect` as a read-only JSON document; resolves to the document's text. */
export async function inspectImage(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [target] = await imageTargets(deps, args, { many: false });
  if (!target) {
    return undefined;
  }
  const text = JSON.stringify(await deps.engine().inspectImage(target.ref), null, 2);
  await deps.documents.show(`${target.ref}.inspect.json`, text, 'json');
  return text;
}
