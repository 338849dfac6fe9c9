import { isScalar, type Node } from 'yaml';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { entries, items, resolve, scalarText } from '../parse/yamlNodes';
import type { ComposeRule, RuleContext } from './ComposeRule';
import { serviceEntries, serviceEntriesWithKey } from './serviceEntries';

/** One value found under a service: where (`healthcheck.interval`), its node and its text when it is a scalar. */
export interface ServiceValue {
  readonly service: string;
  readonly field: string;
  readonly node: Node;
  readonly text: string | undefined;
}

/**
 * The values at a path under each service, aliases and merges resolved. A segment is a key,
 * `*` for every key of a mapping, or `[]` for every item of a list:
 * `['deploy', 'resources', '*', 'memory']`, `['blkio_config', 'device_read_bps', '[]', 'rate']`.
 */
export function* serviceValuesAt(doc: ComposeDocument, scope: RuleContext['scope'], path: readonly string[]): Generator<ServiceValue> {
  const candidates = scope ? serviceEntries(doc, scope) : serviceEntriesWithKey(doc, path[0]);
  for (const { service, entry, value } of candidates) {
    if (entry.key === path[0] && value) {
      yield* below(doc, service, entry.key, value, path.slice(1));
    }
  }
}

function* below(doc: ComposeDocument, service: string, field: string, node: Node, rest: readonly string[]): Generator<ServiceValue> {
  if (rest.length === 0) {
    yield { service, field, node, text: scalarText(node) };
    return;
  }
  const [segment, ...tail] = rest;
  if (segment === '[]') {
    for (const [i, item] of items(doc.yaml, node).entries()) {
      yield* below(doc, service, `${field}[${i}]`, item, tail);
    }
    return;
  }
  for (const e of entries(doc.yaml, node)) {
    if (segment === '*' || e.key === segment) {
      const value = resolve(doc.yaml, e.value);
      if (value) {
        yield* below(doc, service, `${field}.${e.key}`, value, tail);
      }
    }
  }
}

/** The text of a string or number scalar written without interpolation: what a value rule can judge now. */
export function literal(value: ServiceValue): string | undefined {
  return value.text !== undefined && isScalar(value.node) && !value.text.includes('$') ? value.text : undefined;
}

/** Ends a message with a full stop, unless it already ends with one or with a question (a did-you-mean). */
export function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The source range of a value, for a report. */
export function valueRange(doc: ComposeDocument, node: Node) {
  const [start, end] = node.range ?? [0, 0];
  return doc.toRange(start, Math.max(start, end));
}

/**
 * A rule that checks the text of some fields on its own: each field's problem (a phrase that
 * follows the quoted value, e.g. "has no unit") becomes "`30` in `healthcheck.interval` of
 * service `web` has no unit …".
 */
export function valueFormatRule(options: {
  readonly code: string;
  readonly description: string;
  readonly fields: readonly (readonly string[])[];
  readonly problem: (text: string, field: string, node: Node) => string | undefined;
}): ComposeRule {
  return {
    code: options.code,
    local: true,
    defaultSeverity: 'error',
    description: options.description,
    check({ doc, scope }, report) {
      for (const path of options.fields) {
        for (const value of serviceValuesAt(doc, scope, path)) {
          const text = literal(value);
          const problem = text === undefined ? undefined : options.problem(text, value.field, value.node);
          if (text !== undefined && problem) {
            report(valueRange(doc, value.node), sentence(`\`${text}\` in \`${value.field}\` of service \`${value.service}\` ${problem}`));
          }
        }
      }
    },
  };
}
