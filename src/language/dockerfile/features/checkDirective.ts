import type { DfDocument } from '../parse/model';

/** BuildKit's `# check=skip=A,B;error=true` parser directive, as far as it concerns our rules. */
export interface CheckDirective {
  /** `skip=all`. */
  readonly skipAll: boolean;
  /** Lower-cased BuildKit rule names to skip. */
  readonly skip: ReadonlySet<string>;
  /** `error=true`: BuildKit fails the build on a violation, so its warnings are shown as errors. */
  readonly error: boolean;
}

export function readCheckDirective(doc: DfDocument): CheckDirective {
  const check = doc.directives.find(d => d.name === 'check');
  const parts = check?.value.split(';').map(part => part.trim()) ?? [];
  const value = (key: string): string | undefined => parts.find(part => part.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
  const skip = new Set((value('skip')?.split(',') ?? []).map(name => name.trim().toLowerCase()).filter(Boolean));
  return { skipAll: skip.has('all'), skip, error: value('error')?.trim().toLowerCase() === 'true' };
}
