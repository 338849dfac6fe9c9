/**
 * `.dockerignore` as the docker CLI reads it (moby/patternmatcher): one pattern per line, `#`
 * comments, `!` exceptions, `*`, `?`, `[…]` within one path segment and `**` across segments.
 * A path is excluded when the last pattern matching it, or one of its parent folders, is not an
 * exception.
 */
export interface IgnoreRules {
  /** Whether the context-relative path (with `/` separators) is left out of the context. */
  excludes(relativePath: string): boolean;
  /** Whether some exception might re-include something under an excluded folder. */
  readonly hasExceptions: boolean;
}

interface Rule { readonly regex: RegExp; readonly exception: boolean }

export function parseDockerignore(text: string): IgnoreRules {
  const rules: Rule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (!line || line.startsWith('#')) {
      continue;
    }
    const exception = line.startsWith('!');
    if (exception) {
      line = line.slice(1).trim();
    }
    const pattern = cleanPath(line);
    if (pattern) {
      rules.push({ regex: globToRegex(pattern), exception });
    }
  }
  return {
    hasExceptions: rules.some(r => r.exception),
    excludes(relativePath: string): boolean {
      const path = cleanPath(relativePath);
      const candidates = parentsAndSelf(path);
      let excluded = false;
      for (const rule of rules) {
        if (candidates.some(candidate => rule.regex.test(candidate))) {
          excluded = !rule.exception;
        }
      }
      return excluded;
    },
  };
}

function cleanPath(path: string): string {
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
        const body = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
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
