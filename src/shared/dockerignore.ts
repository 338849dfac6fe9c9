/**
 * `.dockerignore` as the docker CLI reads it (moby/patternmatcher): one pattern per line, `#`
 * comments, `!` exceptions, `*`, `?`, `[…]` within one path segment and `**` across segments.
 * A path is excluded when the last pattern matching it, or one of its parent folders, is not an
 * exception. The one matcher for the engine (what a build sends) and the language service (what
 * the editor shows about it).
 */
export interface IgnorePattern {
  /** Zero-based line in the file. */
  readonly line: number;
  /** Columns of the pattern text (after any `!`) on its line. */
  readonly start: number;
  readonly end: number;
  /** The pattern as written, without `!`. */
  readonly text: string;
  /** The cleaned pattern matched against context-relative paths. */
  readonly pattern: string;
  readonly exception: boolean;
  readonly regex: RegExp;
  /** Why the CLI would reject the pattern, when it would. */
  readonly error?: string;
}

export interface IgnoreRules {
  readonly patterns: readonly IgnorePattern[];
  /** Whether the context-relative path (with `/` separators) is left out of the context. */
  excludes(relativePath: string): boolean;
  /** The index of the last pattern that decides the path (matches it or a parent), or -1. */
  decidingPattern(relativePath: string): number;
  /** Whether some exception might re-include something under an excluded folder. */
  readonly hasExceptions: boolean;
}

export function parseDockerignore(text: string): IgnoreRules {
  const patterns: IgnorePattern[] = [];
  text.split(/\r?\n/).forEach((rawLine, line) => {
    const trimmed = rawLine.trim();
    if (!trimmed || trimmed.startsWith('#')) {
      return;
    }
    const exception = trimmed.startsWith('!');
    const written = exception ? trimmed.slice(1).trim() : trimmed;
    const start = rawLine.indexOf(written, rawLine.indexOf(trimmed) + (exception ? 1 : 0));
    const pattern = cleanPath(written);
    const error = patternError(written, exception);
    patterns.push({
      line,
      start,
      end: start + written.length,
      text: written,
      pattern,
      exception,
      regex: globToRegex(pattern),
      ...(error ? { error } : {}),
    });
  });
  const usable = patterns.filter(p => !p.error && p.pattern);
  const decidingPattern = (relativePath: string): number => {
    const candidates = parentsAndSelf(cleanPath(relativePath));
    let deciding = -1;
    usable.forEach(rule => {
      if (candidates.some(candidate => rule.regex.test(candidate))) {
        deciding = patterns.indexOf(rule);
      }
    });
    return deciding;
  };
  return {
    patterns,
    hasExceptions: usable.some(r => r.exception),
    decidingPattern,
    excludes(relativePath: string): boolean {
      const deciding = decidingPattern(relativePath);
      return deciding >= 0 && !patterns[deciding].exception;
    },
  };
}

/** Whether the pattern matches the path itself or one of its parent folders. */
export function patternMatches(pattern: IgnorePattern, relativePath: string): boolean {
  return parentsAndSelf(cleanPath(relativePath)).some(candidate => pattern.regex.test(candidate));
}

/**
 * What a build receives: the ignore rules, except that the Dockerfile and `.dockerignore` are
 * always sent (the docker CLI does so; ADD and COPY then skip them).
 */
export function buildContextFilter(rules: IgnoreRules, dockerfile: string): (relativePath: string) => boolean {
  const keep = new Set([cleanPath(dockerfile), ...ignoreFileCandidates(dockerfile)]);
  return relativePath => !keep.has(relativePath) && !isParentOf(relativePath, cleanPath(dockerfile)) && rules.excludes(relativePath);
}

/**
 * The ignore files a build of `dockerfile` reads, in order of preference: BuildKit's
 * `<Dockerfile>.dockerignore` next to the Dockerfile, then the context's `.dockerignore`.
 */
export function ignoreFileCandidates(dockerfile: string): string[] {
  const own = `${cleanPath(dockerfile)}.dockerignore`;
  return own === '.dockerignore' ? [own] : [own, '.dockerignore'];
}

function isParentOf(folder: string, file: string): boolean {
  return file.startsWith(`${folder}/`);
}

/** Go's filepath.Match rejects these; the CLI then fails the build with "syntax error in pattern". */
function patternError(written: string, exception: boolean): string | undefined {
  if (exception && !written) {
    return 'An exception (`!`) needs a pattern after it.';
  }
  for (let i = 0; i < written.length; i++) {
    const c = written[i];
    if (c === '\\') {
      if (i === written.length - 1) {
        return 'The pattern ends with an escaping backslash.';
      }
      i++;
    } else if (c === '[') {
      const end = written.indexOf(']', i + 2);
      if (end < 0) {
        return `The character class opened at column ${i + 1} is never closed with \`]\`.`;
      }
      i = end;
    }
  }
  return undefined;
}

export function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '..') {
      parts.pop();
    } else if (part && part !== '.') {
      parts.push(part);
    }
  }
  return parts.join('/');
}

function parentsAndSelf(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

export function globToRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything below.
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else {
          source += '.*';
        }
      } else {
        source += '[^/]*';
      }
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) {
        source += '\\[';
      } else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      i++;
      source += escapeRegex(pattern[i]);
    } else {
      source += escapeRegex(c);
    }
  }
  return new RegExp(`^${source}$`);
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
