import type { RuleInfo } from '../common/Rule';
import { patternMatches, type IgnorePattern } from '../../shared/dockerignore';
import type { IgnoreContext } from './ignoreContext';

export type Report = (pattern: IgnorePattern, message: string) => void;

/** One `.dockerignore` diagnostic rule (the shared RuleInfo); `code` is what `dockhand.dockerignore.rules` re-grades. */
export interface DockerignoreRule extends RuleInfo {
  check(context: IgnoreContext, report: Report): void;
}

export const invalidPattern: DockerignoreRule = {
  code: 'dockerignore.invalid-pattern',
  defaultSeverity: 'error',
  description: 'A pattern the docker CLI rejects ("syntax error in pattern"), which fails every build.',
  check({ rules }, report) {
    for (const pattern of rules.patterns) {
      if (pattern.error) {
        report(pattern, `${pattern.error} The docker CLI rejects this file and every build fails.`);
      }
    }
  },
};

export const excludesBuildFile: DockerignoreRule = {
  code: 'dockerignore.excludes-build-file',
  defaultSeverity: 'warning',
  description: 'A pattern excludes the Dockerfile or the .dockerignore itself.',
  check({ rules, dockerfiles, fileName }, report) {
    for (const name of [...dockerfiles, fileName]) {
      const index = rules.decidingPattern(name);
      const pattern = rules.patterns[index];
      if (pattern && !pattern.exception && patternMatches(pattern, name)) {
        report(
          pattern,
          `'${pattern.text}' excludes ${name}: the builder still receives it (the CLI always sends the Dockerfile and ` +
            `.dockerignore), but COPY and ADD skip it. Add '!${name}' below if the image needs it, or narrow the pattern.`,
        );
      }
    }
  },
};

/** The leading folders of a pattern that are written out (no wildcard), e.g. `docs/api` for `docs/api/*.md`. */
function literalParents(pattern: string): string[] {
  const parts = pattern.split('/');
  const parents: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    if (/[*?[\\]/.test(parts[i - 1])) {
      break;
    }
    parents.push(parts.slice(0, i).join('/'));
  }
  return parents;
}

export const unreachableException: DockerignoreRule = {
  code: 'dockerignore.unreachable-exception',
  defaultSeverity: 'warning',
  description: 'A `!` exception can never re-include anything: a later line excludes its folder (or it) again.',
  check({ rules }, report) {
    rules.patterns.forEach((exception, i) => {
      if (!exception.exception || exception.error || !exception.pattern) {
        return;
      }
      const targets = literalParents(exception.pattern);
      const later = rules.patterns.slice(i + 1).find(p => !p.exception && !p.error && targets.some(t => p.regex.test(t)));
      // Only when no exception after that line re-includes it once more.
      const laterIndex = later ? rules.patterns.indexOf(later) : -1;
      const revived =
        laterIndex >= 0 &&
        rules.patterns.slice(laterIndex + 1).some(p => p.exception && targets.some(t => p.regex.test(t) || t.startsWith(`${p.pattern}/`)));
      if (later && !revived) {
        const what = targets.at(-1) === exception.pattern ? `'${exception.pattern}'` : `its folder '${targets[0]}'`;
        report(
          exception,
          `'!${exception.text}' can never apply: '${later.text}' on line ${later.line + 1} excludes ${what} again, ` +
            'and the last matching line wins. Move the exception below it.',
        );
      }
    });
  },
};

/**
 * Patterns a .dockerignore lists before the files exist: what version control, editors, package
 * managers, builds and local environments create. "Matches nothing" is true of them in a fresh
 * checkout and says nothing useful; a misspelling of one of them is still reported.
 */
const anticipated: ReadonlySet<string> = new Set([
  '.git',
  '.svn',
  '.hg',
  '.vscode',
  '.idea',
  '.DS_Store',
  '.env',
  '.env.*',
  '*.log',
  'compose*.yaml',
  'compose*.yml',
  'docker-compose*.yml',
  'docker-compose*.yaml',
  'node_modules',
  'coverage',
  'dist',
  'build',
  '.next',
  '.cache',
  '.venv',
  'venv',
  '__pycache__',
  '*.pyc',
  '.pytest_cache',
  '.mypy_cache',
  'target',
  '.gradle',
  'bin',
  'obj',
  '*.test',
]);

export const matchesNothing: DockerignoreRule = {
  code: 'dockerignore.matches-nothing',
  defaultSeverity: 'information',
  description: 'A pattern matches no file or folder in the build context (a typo, or a leftover).',
  check(context, report) {
    const listing = context.listing();
    if (!listing?.complete) {
      return; // a partial listing cannot prove a pattern matches nothing
    }
    context.rules.patterns.forEach((pattern, i) => {
      if (pattern.error || !pattern.pattern || (!pattern.exception && anticipated.has(pattern.pattern.replace(/^(\*\*\/)+/, '')))) {
        return;
      }
      const effect = context.effect(i);
      if (effect && effect.matched.length === 0 && effect.folders === 0) {
        const what = pattern.exception ? 'nothing to re-include' : 'nothing';
        report(pattern, `'${pattern.text}' matches ${what} in the build context: a typo, or a leftover line.`);
      }
    });
  },
};

export const dockerignoreRules: readonly DockerignoreRule[] = [invalidPattern, excludesBuildFile, unreachableException, matchesNothing];
