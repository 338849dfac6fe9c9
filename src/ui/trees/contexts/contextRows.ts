/**
 * What the Contexts view shows, as plain data: every docker context, which one Dockhand uses and
 * which one the CLI uses, and the Podman sockets found on this machine. No `vscode` import.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DockerContext, EndpointSource } from '../../../engine';

export type ContextNode =
  | { readonly kind: 'context'; readonly context: DockerContext; readonly inUse: boolean; readonly cliCurrent: boolean }
  | { readonly kind: 'podmanSocket'; readonly name: string; readonly label: string; readonly host: string };

/** The context an endpoint came from, as `docker context ls` would name it; undefined for the host setting. */
export function contextOf(source: EndpointSource): string | undefined {
  switch (source.kind) {
    case 'context':
      return source.name;
    case 'env':
    case 'default':
      return 'default';
    case 'setting':
      return undefined;
  }
}

/** The CLI's current context as `docker context show` decides it (DOCKER_CONTEXT, DOCKER_HOST, config.json). */
export function cliContext(env: NodeJS.ProcessEnv, fromConfig: string): string {
  return env.DOCKER_CONTEXT?.trim() || (env.DOCKER_HOST?.trim() ? 'default' : fromConfig);
}

/** Podman's API sockets, rootful and rootless, where they exist and no context points at them yet. */
export function podmanSockets(env: NodeJS.ProcessEnv, contexts: readonly DockerContext[]): ContextNode[] {
  const candidates = [
    { name: 'podman', label: 'Podman (rootful)', socket: '/run/podman/podman.sock' },
    ...(env.XDG_RUNTIME_DIR
      ? [{ name: 'podman-rootless', label: 'Podman (rootless)', socket: path.join(env.XDG_RUNTIME_DIR, 'podman', 'podman.sock') }]
      : []),
  ];
  return candidates
    .filter(c => isSocket(c.socket))
    .map(c => ({ ...c, host: `unix://${c.socket}` }))
    .filter(c => !contexts.some(ctx => ctx.host === c.host))
    .map(c => ({ kind: 'podmanSocket', name: c.name, label: c.label, host: c.host }));
}

function isSocket(file: string): boolean {
  try {
    return fs.statSync(file).isSocket();
  } catch {
    return false;
  }
}
