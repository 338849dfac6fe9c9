/**
 * Matches a classic build's output with the built image's history, so that the Dockerfile can
 * show what each instruction produced. No `vscode` import (unit-tested in plain Node).
 *
 * The classic builder prints `Step 3/7 : RUN make` for each instruction and ` ---> Using cache`
 * under the ones it did not run again. Every instruction after the built stage's FROM commits one
 * history entry, so the last N entries of the history (newest first) are that stage's N steps.
 */
import type { ImageHistoryEntry } from '../../../engine';

export interface BuildStep {
  /** The instruction as the builder printed it, e.g. `RUN make`. */
  readonly instruction: string;
  readonly cached: boolean;
}

export interface BuildHistoryEntry {
  readonly createdBy: string;
  readonly size: number;
  readonly cached: boolean;
}

/** The steps of a classic build, in order, from its output lines. */
export function parseBuildSteps(lines: readonly string[]): BuildStep[] {
  const steps: Array<{ instruction: string; cached: boolean }> = [];
  for (const line of lines) {
    const step = /^Step \d+\/\d+ : (.*)$/.exec(line.trim());
    if (step) {
      steps.push({ instruction: step[1] ?? '', cached: false });
    } else if (/^---> Using cache$/.test(line.trim()) && steps.length) {
      const last = steps[steps.length - 1];
      if (last) {
        last.cached = true;
      }
    }
  }
  return steps;
}

/** The steps of the stage that produced the image: those after the last FROM. */
export function finalStageSteps(steps: readonly BuildStep[]): BuildStep[] {
  const lastFrom = steps.map(s => /^FROM\s/i.test(s.instruction)).lastIndexOf(true);
  return steps.slice(lastFrom + 1);
}

/**
 * The image's history, newest first, each entry marked cached when the build reused it. Entries
 * older than the built stage (the base image's) are never marked cached: this build did not make them.
 */
export function buildHistoryEntries(history: readonly ImageHistoryEntry[], steps: readonly BuildStep[]): BuildHistoryEntry[] {
  const own = finalStageSteps(steps);
  return history.map((entry, index) => {
    const step = index < own.length ? own[own.length - 1 - index] : undefined;
    return { createdBy: entry.createdBy, size: entry.size, cached: step?.cached ?? false };
  });
}

/** The tag a build gets by default: the context folder's name as a valid repository, `:latest`. */
export function defaultTagFor(folderName: string): string {
  const repo = folderName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return `${repo || 'image'}:latest`;
}
