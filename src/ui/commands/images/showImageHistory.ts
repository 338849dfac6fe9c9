import type { CommandDeps } from '../shared/CommandDeps';
import { historyText } from './historyText';
import { imageTargets } from './imageTargets';

/** `docker history` in a read-only document; resolves to the text shown. */
export async function showImageHistory(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [target] = await imageTargets(deps, args, { many: false });
  if (!target) {
    return undefined;
  }
  const text = historyText(target.ref, await deps.engine().imageHistory(target.ref));
  await deps.documents.show(`${target.ref}.history.txt`, text);
  return text;
}
