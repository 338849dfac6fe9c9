import { isMap, type Pair } from 'yaml';
import type { ParsedChunk } from './parse/chunkedParse';
import { scalarText } from './parse/yamlNodes';
import type { ComposeRule, FindingTag, RuleContext } from './rules/ComposeRule';

export interface Finding {
  readonly rule: ComposeRule;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly tags: readonly FindingTag[];
}

export type RunRules = (rules: readonly ComposeRule[], context: RuleContext) => Finding[];

interface Cached {
  /** Which rules produced them: turning schema validation off changes the set. */
  readonly key: string;
  readonly anchors: readonly ParsedChunk[];
  /** Offsets relative to the chunk's start. */
  readonly findings: readonly Finding[];
}

const cache = new WeakMap<ParsedChunk, Cached>();

/**
 * Runs rules that only look at one service at a time (`local`) on the services an edit changed,
 * and reuses what they found in the unchanged ones. A service whose findings land outside its
 * own chunk (in an anchor it merges) is not cached, so it is simply checked every time.
 */
export function localFindings(rules: readonly ComposeRule[], context: RuleContext, chunks: readonly ParsedChunk[], run: RunRules): Finding[] {
  const anchors = chunks.filter(c => c.hasAnchor);
  const key = rules.map(r => r.code).join(' ');
  const found = run(rules, { ...context, scope: { services: new Set(), topLevel: true } });
  for (const chunk of chunks.filter(c => c.isService)) {
    const hit = cache.get(chunk);
    if (hit && hit.key === key && hit.anchors.length === anchors.length && hit.anchors.every((a, i) => a === anchors[i])) {
      found.push(...hit.findings.map(f => ({ ...f, start: f.start + chunk.start, end: f.end + chunk.start })));
      continue;
    }
    const services = new Set((isMap(chunk.doc.contents) ? (chunk.doc.contents.items as Pair[]) : []).map(p => scalarText(p.key) ?? ''));
    const own = run(rules, { ...context, scope: { services, topLevel: false } });
    found.push(...own);
    const end = chunk.start + chunk.text.length;
    if (own.every(f => f.start >= chunk.start && f.end <= end)) {
      cache.set(chunk, { key, anchors, findings: own.map(f => ({ ...f, start: f.start - chunk.start, end: f.end - chunk.start })) });
    }
  }
  return found;
}
