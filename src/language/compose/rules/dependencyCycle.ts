import type { Reference } from '../parse/names';
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
    // Only edges inside one strongly connected component can close a cycle; the search for the
    // path to show then stays within that component.
    const component = stronglyConnected(next);
    for (const edge of cyclic(edges, component)) {
      const path = pathBack(next, component, edge.name, edge.service);
      if (path) {
        report(doc.toRange(edge.start, edge.end), `Dependency cycle: ${[edge.service, ...path].map(s => `\`${s}\``).join(' → ')}.`);
      }
    }
  },
};

function cyclic(edges: readonly Reference[], component: ReadonlyMap<string, number>): Reference[] {
  return edges.filter(
    e =>
      e.name === e.service ||
      (component.has(e.name) && component.get(e.name) === component.get(e.service) && sizeOf(component, e.name) > 1),
  );
}

function sizeOf(component: ReadonlyMap<string, number>, name: string): number {
  const id = component.get(name);
  let size = 0;
  for (const other of component.values()) {
    size += other === id ? 1 : 0;
  }
  return size;
}

/** Tarjan's algorithm, iterative so a long dependency chain cannot overflow the stack. */
function stronglyConnected(next: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  for (const root of next.keys()) {
    if (index.has(root)) {
      continue;
    }
    const work: [string, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, child] = frame;
      if (child === 0 && !index.has(node)) {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
      }
      const targets = next.get(node) ?? [];
      if (child < targets.length) {
        frame[1]++;
        const target = targets[child];
        if (!index.has(target)) {
          work.push([target, 0]);
        } else if (onStack.has(target)) {
          low.set(node, Math.min(low.get(node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) {
        low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        for (let member = stack.pop(); member !== undefined; member = member === node ? undefined : stack.pop()) {
          onStack.delete(member);
          component.set(member, index.get(node)!);
        }
      }
    }
  }
  return component;
}

/** The shortest path from `from` to `to`, breadth-first within their component. */
function pathBack(
  next: ReadonlyMap<string, readonly string[]>,
  component: ReadonlyMap<string, number>,
  from: string,
  to: string,
): string[] | undefined {
  const within = component.get(from);
  const cameFrom = new Map<string, string | undefined>([[from, undefined]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head];
    if (current === to) {
      const path: string[] = [];
      for (let at: string | undefined = current; at !== undefined; at = cameFrom.get(at)) {
        path.unshift(at);
      }
      return path;
    }
    for (const n of next.get(current) ?? []) {
      if (!cameFrom.has(n) && component.get(n) === within) {
        cameFrom.set(n, current);
        queue.push(n);
      }
    }
  }
  return undefined;
}
