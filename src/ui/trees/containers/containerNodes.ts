import { composeLabels, type ContainerSummary } from '../../../engine';
import type { FileNode } from '../../files/FileTree';

/** One container in the view. */
export interface ContainerNode {
  readonly kind: 'container';
  readonly container: ContainerSummary;
}

/** The containers of one compose project, with what compose needs to act on the project again. */
export interface ComposeProjectNode {
  readonly kind: 'composeProject';
  readonly project: string;
  readonly containers: readonly ContainerNode[];
  /** The project's compose files as compose recorded them (absolute paths). */
  readonly configFiles: readonly string[];
  readonly workingDir?: string;
}

/** The view's top level: compose projects and the containers of no project. */
export type ContainerGroupNode = ContainerNode | ComposeProjectNode;

/** A container's "Files" node and the files below it are part of the view too. */
export type ContainersTreeNode = ContainerGroupNode | FileNode;

/**
 * Compose projects first (alphabetically), then the containers of no project; within each,
 * running containers before the others, then by name, as `docker ps -a` readers expect.
 */
export function groupByComposeProject(containers: readonly ContainerSummary[]): ContainerGroupNode[] {
  const projects = new Map<string, ContainerSummary[]>();
  const loose: ContainerSummary[] = [];
  for (const c of containers) {
    const project = c.composeProject;
    if (project) {
      projects.set(project, [...(projects.get(project) ?? []), c]);
    } else {
      loose.push(c);
    }
  }
  const groups: ComposeProjectNode[] = [...projects.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([project, members]) => ({ kind: 'composeProject', project, containers: toNodes(members), ...composeFilesOf(members) }));
  return [...groups, ...toNodes(loose)];
}

function toNodes(containers: readonly ContainerSummary[]): ContainerNode[] {
  return [...containers].sort(byStateThenName).map(container => ({ kind: 'container', container }));
}

function byStateThenName(a: ContainerSummary, b: ContainerSummary): number {
  const running = (c: ContainerSummary) => (c.state === 'running' ? 0 : 1);
  return running(a) - running(b) || a.name.localeCompare(b.name);
}

/** Compose writes the files comma-separated; relative ones are relative to the working dir. */
function composeFilesOf(members: readonly ContainerSummary[]): { configFiles: string[]; workingDir?: string } {
  const labels = members.find(c => c.labels[composeLabels.configFiles])?.labels ?? members[0]?.labels ?? {};
  const workingDir = labels[composeLabels.workingDir] || undefined;
  const configFiles = (labels[composeLabels.configFiles] ?? '')
    .split(',')
    .map(f => f.trim())
    .filter(Boolean)
    .map(f => (f.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(f) || !workingDir ? f : `${workingDir.replace(/[\\/]$/, '')}/${f}`));
  return workingDir ? { configFiles, workingDir } : { configFiles };
}
