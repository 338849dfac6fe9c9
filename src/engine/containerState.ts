import type { ContainerState } from './types';

/**
 * The one meaning of "up": a container with a process (running, paused, or being restarted by its
 * policy). What Stop applies to, what a prune leaves alone, what "running only" shows, and what
 * keeps the engine from removing an image even by force.
 */
export function isContainerUp(state: ContainerState): boolean {
  return state === 'running' || state === 'paused' || state === 'restarting';
}
