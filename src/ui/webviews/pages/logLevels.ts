/** The severities the log view recognises; lines it cannot place have none. */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export const logLevels: readonly LogLevel[] = ['error', 'warn', 'info', 'debug'];

/**
 * The level a log line states, from the formats containers commonly print: a JSON object's
 * `level`/`lvl`/`severity`/`levelname`/`@l`/`log.level` (names, or pino/bunyan numbers), logfmt
 * `level=warn`, a bracketed `[error]` or `[core:warn]` (nginx, Apache), an upper-case word near
 * the start (`ERROR`, `WARNING:`, ` INFO -- `), glog's `E0102 15:04:05` and a `Warning:` prefix.
 * A lower-case word inside a message ("no error found") is not a level.
 */
export function levelOf(text: string): LogLevel | undefined {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const fromJson = jsonLevel(trimmed);
    if (fromJson) {
      return fromJson;
    }
  }
  const head = trimmed.slice(0, 120);
  const match = logfmtLevel.exec(head) ?? bracketedLevel.exec(head) ?? upperCaseLevel.exec(head) ?? prefixLevel.exec(head);
  if (match?.[1]) {
    return levelNamed(match[1]);
  }
  const glog = glogLevel.exec(head);
  return glog?.[1] ? glogLevels[glog[1]] : undefined;
}

const levelWords = 'fatal|panic|critical|crit|emerg|alert|error|err|severe|warning|warn|information|info|notice|debug|trace|verbose';
const logfmtLevel = /(?:^|\s)(?:level|lvl|severity|loglevel)=["']?([A-Za-z]+)/i;
const bracketedLevel = new RegExp(`[[<(](?:[\\w.-]+:)?(${levelWords})[\\]>)]`, 'i');
const upperCaseLevel = new RegExp(`(?:^|[^A-Za-z0-9_])(${levelWords.toUpperCase()})(?![A-Za-z0-9_])`);
const prefixLevel = /^(Fatal|Error|Warning|Warn|Info|Debug|Trace):/;
const glogLevel = /^([EWIDF])\d{4} \d\d:\d\d:\d\d/;
const glogLevels: Record<string, LogLevel> = { E: 'error', F: 'error', W: 'warn', I: 'info', D: 'debug' };

/** A level's name as loggers spell it (any case, abbreviated or not). */
export function levelNamed(name: string): LogLevel | undefined {
  const word = name.toLowerCase();
  if (/^(fatal|panic|crit|emerg|alert|err|severe)/.test(word)) {
    return 'error';
  }
  if (word.startsWith('warn')) {
    return 'warn';
  }
  if (word.startsWith('info') || word === 'notice') {
    return 'info';
  }
  if (/^(debug|trace|verbose|fine)/.test(word)) {
    return 'debug';
  }
  return undefined;
}

/** pino and bunyan: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal. */
function numericLevel(value: number): LogLevel {
  return value >= 50 ? 'error' : value >= 40 ? 'warn' : value >= 30 ? 'info' : 'debug';
}

const jsonLevelKeys = ['level', 'lvl', 'severity', 'levelname', 'loglevel', '@l', 'log.level'];

function jsonLevel(text: string): LogLevel | undefined {
  if (!text.trimEnd().endsWith('}')) {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const nested = record.log && typeof record.log === 'object' ? (record.log as Record<string, unknown>).level : undefined;
  for (const key of jsonLevelKeys) {
    const found = key === 'log.level' ? (record[key] ?? nested) : record[key];
    if (typeof found === 'string') {
      const level = levelNamed(found);
      if (level) {
        return level;
      }
    } else if (typeof found === 'number' && Number.isFinite(found)) {
      return numericLevel(found);
    }
  }
  return undefined;
}

/** The line as indented JSON when it is a JSON object or array, for the per-line "pretty" view. */
export function prettyJson(text: string): string | undefined {
  const trimmed = text.trim();
  const open = trimmed[0];
  if (!((open === '{' && trimmed.endsWith('}')) || (open === '[' && trimmed.endsWith(']')))) {
    return undefined;
  }
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return undefined;
  }
}
