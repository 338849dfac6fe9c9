import * as path from 'node:path';
import { ProjectFolder, skippedFolders } from './ProjectFolder';
import type { ScaffoldPlan } from './ScaffoldPlan';
import { detectDotnet } from './stacks/dotnet';
import { detectGo } from './stacks/go';
import { detectJava } from './stacks/java';
import { detectNode } from './stacks/node';
import { detectPython } from './stacks/python';
import { detectStaticSite } from './stacks/staticSite';

/** Each stack's detector, most specific first: a Python or Go project with a package.json for its assets is Python or Go first. */
const detectors = [detectDotnet, detectJava, detectGo, detectPython, detectNode];

/** The stacks found in one folder; a static site only when nothing else is there. */
export function detectFolder(root: string): ScaffoldPlan[] {
  const folder = new ProjectFolder(root);
  const plans = detectors.map(detect => detect(folder)).filter((p): p is ScaffoldPlan => p !== undefined);
  const site = plans.length ? undefined : detectStaticSite(folder);
  return site ? [site] : plans;
}

/** Stacks whose detection already reaches into subfolders (a solution's projects, a build's modules, a module's packages). */
const coversSubfolders: ReadonlySet<ScaffoldPlan['stack']> = new Set(['dotnet', 'maven', 'gradle', 'go', 'python']);

/**
 * Every project under `root`: the folder itself and its subfolders two levels down (a monorepo's
 * `web/`, `services/api/`), without dependency, build and hidden folders. Below a project, a
 * folder of the same stack is part of it (a .NET solution's `src/Api`, a Maven module) — except
 * Node.js, whose workspaces each get their own image.
 */
export function detectProjects(root: string, depth = 2): ScaffoldPlan[] {
  const plans: ScaffoldPlan[] = [];
  let level: Array<{ dir: string; above: ReadonlySet<string> }> = [{ dir: root, above: new Set() }];
  for (let d = 0; d <= depth && level.length; d++) {
    const next: typeof level = [];
    for (const { dir, above } of level) {
      const found = detectFolder(dir).filter(plan => !(coversSubfolders.has(plan.stack) && above.has(plan.stack)));
      plans.push(...found);
      const below = new Set([...above, ...found.map(p => p.stack)]);
      const folder = new ProjectFolder(dir);
      for (const name of folder.list()) {
        if (!skippedFolders.has(name) && !name.startsWith('.') && folder.isFolder(name)) {
          next.push({ dir: path.join(dir, name), above: below });
        }
      }
    }
    level = next;
  }
  return plans;
}
