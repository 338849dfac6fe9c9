import type { ComposeRule } from './ComposeRule';

/** Services that wait on each other in a circle: Compose refuses to start any of them. */
export const dependencyCycle: ComposeRule = {
  code: 'compose.dependency-cycle',
  defaultSeverity: 'error',
  description: 'Services depend on each other in a cycle.',
  check({ doc }, report) {
    const edges = doc.model.references.filter(r => r.kind === 'service' && (r.via === 'depends_on' || r.via === 'links'));
    const next = new Map<string, string[]>();
    for (const edge of edges) {
      next.set(edge.service, [...(next.get(edge.service) ?? []), edge.name]);
    }
    for (const edge of edges) {
      const path = pathBack(next, edge.name, edge.service);
      if (path) {
        report(edge.start, edge.end, `Dependency cycle: ${[edge.service, ...path].map(s => `\`${s}\``).join(' → ')}.`);
      }
    }
  },
};

/** A path from `from` to `to` along dependencies, breadth-first so the shortest cycle is shown. */
function pathBack(next: ReadonlyMap<string, readonly string[]>, from: string, to: string): string[] | undefined {
  const cameFrom = new Map<string, string | undefined>([[from, undefined]]);
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === to) {
      const path: string[] = [];
      for (let at: string | undefined = current; at !== undefined; at = cameFrom.get(at)) {
        path.unshift(at);
      }
      return path;
    }
    for (const n of next.get(current) ?? []) {
      if (!cameFrom.has(n)) {
        cameFrom.set(n, current);
        queue.push(n);
      }
    }
  }
  return undefined;
}
