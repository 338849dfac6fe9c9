import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDockerignore, patternMatches, type IgnoreRules } from '../../shared/dockerignore';
import { listContext, type ContextFile, type ContextListing } from '../common/buildContext';
import type { FileSystem } from '../common/FileSystem';

/**
 * One `.dockerignore` (or `<Dockerfile>.dockerignore`) with the build context it applies to: the
 * folder holding it. Everything the rules, hover and completion need, computed once per version.
 */
export interface IgnoreContext {
  readonly rules: IgnoreRules;
  /** The context folder; undefined for unsaved documents. */
  readonly root: string | undefined;
  /** The ignore file's own name, relative to the context. */
  readonly fileName: string;
  /** The Dockerfiles this ignore file applies to, relative to the context. */
  readonly dockerfiles: readonly string[];
  /** Every file and folder of the context (excluded ones too); undefined when it cannot be read. */
  listing(): ContextListing | undefined;
  /** Files the pattern (or a parent folder it names) matches, and the files whose fate it decides. */
  effect(index: number): { matched: readonly ContextFile[]; decided: readonly ContextFile[]; folders: number } | undefined;
}

const dockerfileName = /^(Dockerfile|Containerfile)(\.[\w.-]+)?$|\.(dockerfile|containerfile)$/i;

export function ignoreContext(uri: string, text: string, fs: FileSystem): IgnoreContext {
  const rules = parseDockerignore(text);
  let file: string | undefined;
  try {
    file = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    file = undefined;
  }
  const root = file ? path.dirname(file) : undefined;
  const fileName = file ? path.basename(file) : '.dockerignore';
  // `app.Dockerfile.dockerignore` belongs to `app.Dockerfile`; `.dockerignore` to every Dockerfile beside it.
  const dockerfiles =
    fileName === '.dockerignore'
      ? root
        ? (fs.listDirectory(root) ?? []).filter(e => !e.directory && dockerfileName.test(e.name)).map(e => e.name)
        : []
      : [fileName.slice(0, -'.dockerignore'.length)];
  let listing: ContextListing | undefined | null = null;
  const effects = new Map<number, ReturnType<IgnoreContext['effect']>>();
  const context: IgnoreContext = {
    rules,
    root,
    fileName,
    dockerfiles,
    listing: () => {
      if (listing === null) {
        listing = root && fs.listDirectory(root) ? listContext(fs, root) : undefined;
      }
      return listing;
    },
    effect: index => {
      if (!effects.has(index)) {
        const all = context.listing();
        const pattern = rules.patterns[index];
        effects.set(
          index,
          all && pattern
            ? {
                matched: all.files.filter(f => patternMatches(pattern, f.path)),
                decided: all.files.filter(f => rules.decidingPattern(f.path) === index),
                folders: all.folders.filter(f => pattern.regex.test(f)).length,
              }
            : undefined,
        );
      }
      return effects.get(index);
    },
  };
  return context;
}
