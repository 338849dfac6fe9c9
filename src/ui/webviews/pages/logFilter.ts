import type { LogLevel } from './logLevels';

/** What the filter box holds, parsed: nothing, a plain text, a regular expression, or a mistake. */
export type LogFilter =
  | { readonly kind: 'none' }
  | { readonly kind: 'text'; readonly needle: string }
  | { readonly kind: 'regex'; readonly regex: RegExp }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * `/…/flags` is a regular expression (flags i, m, s, u; g is implied); anything else is plain text matched
 * without regard to case. An invalid expression says why instead of matching nothing silently.
 */
export function parseFilter(input: string): LogFilter {
  if (input === '') {
    return { kind: 'none' };
  }
  // Letters after the closing slash that are no flags (`/api/users`) make it a path, not an expression.
  const regex = /^\/(.+)\/([dgimsuy]*)$/s.exec(input);
  if (!regex) {
    return { kind: 'text', needle: input.toLowerCase() };
  }
  const [, source = '', given = ''] = regex;
  const flags = given.replace(/[dgy]/g, '');
  try {
    // `g` for finding every match to highlight (lastIndex is reset before each use); `y` would anchor, `d` is unused.
    return { kind: 'regex', regex: new RegExp(source, `${[...new Set(flags)].join('')}g`) };
  } catch (err) {
    return { kind: 'invalid', message: err instanceof Error ? err.message : String(err) };
  }
}

/** At most this many highlighted ranges per line: a pattern matching every character stays cheap. */
const maxRanges = 200;

/** The [start, end) ranges of `text` the filter matches, in order; empty when it does not match. */
export function matchRanges(filter: LogFilter, text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (filter.kind === 'text') {
    const lower = text.toLowerCase();
    for (
      let at = lower.indexOf(filter.needle);
      at >= 0 && ranges.length < maxRanges;
      at = lower.indexOf(filter.needle, at + filter.needle.length)
    ) {
      ranges.push([at, at + filter.needle.length]);
    }
  } else if (filter.kind === 'regex') {
    const regex = filter.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match && ranges.length < maxRanges; match = regex.exec(text)) {
      if (match[0] === '') {
        // An empty match (`/^/`, `/x*/`) matches the line but highlights nothing; step over it.
        regex.lastIndex++;
        continue;
      }
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges;
}

/** Whether the filter matches the line: no filter (or an invalid one) matches everything. */
export function filterMatches(filter: LogFilter, text: string): boolean {
  if (filter.kind === 'text') {
    return text.toLowerCase().includes(filter.needle);
  }
  if (filter.kind === 'regex') {
    filter.regex.lastIndex = 0;
    return filter.regex.test(text);
  }
  return true;
}

/** What decides which lines the view shows (the page sends it along with "save"). */
export interface LogViewCriteria {
  /** The filter box's text. */
  readonly filter: string;
  /** Hide the lines the filter does not match (otherwise it only highlights). */
  readonly onlyMatching: boolean;
  /** Levels switched off; `other` is the lines with no recognised level. */
  readonly hiddenLevels: ReadonlyArray<LogLevel | 'other'>;
}

export const allLines: LogViewCriteria = { filter: '', onlyMatching: false, hiddenLevels: [] };

/** A predicate for the lines `criteria` shows, given each line's text and recognised level. */
export function linesShownBy(criteria: LogViewCriteria): (text: string, level: LogLevel | undefined) => boolean {
  const filter = parseFilter(criteria.filter);
  const hidden = new Set(criteria.hiddenLevels);
  const filtering = criteria.onlyMatching && (filter.kind === 'text' || filter.kind === 'regex');
  return (text, level) => !hidden.has(level ?? 'other') && (!filtering || filterMatches(filter, text));
}
