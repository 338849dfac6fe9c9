import { isMap, type Pair } from 'yaml';
import type { Finding } from '../common/findings';
import type { ParsedChunk } from './parse/chunkedParse';
import type { ComposeDocument } from './parse/ComposeDocument';
import { scalarText } from './parse/yamlNodes';
import type { ComposeRule, RuleContext } from './rules/ComposeRule';
import { runRules } from './runRules';

interface Kept {
  readonly finding: Finding<ComposeRule>;
  /** Offsets relative to the chunk's start: the chunk may sit elsewhere in the next version. */
  readonly start: number;
  readonly end: number;
}

interface Cached {
  /** Which rules produced them: turning schema validation off changes the set. */
  readonly key: string;
  readonly anchors: readonly ParsedChunk[];
  readonly findings: readonly Kept[];
}

const cache = new WeakMap<ParsedChunk, Cached>();

/**
 * Runs rules that only look at one service at a time (`local`) on the services an edit changed,
 * and reuses what they found in the unchanged ones. A service whose findings land outside its
 * own chunk (in an anchor it merges) is not cached, so it is simply checked every time.
 */
export function localFindings(rules: readonly ComposeRule[], context: RuleContext, chunks: readonly ParsedChunk[]): Finding<ComposeRule>[] {
  const { doc } = context;
  const anchors = chunks.filter(c => c.hasAnchor);
  const key = rules.map(r => r.code).join(' ');
  const found = runRules(rules, { ...context, scope: { services: new Set(), topLevel: true } });
  for (const chunk of chunks.filter(c => c.isService)) {
    const hit = cache.get(chunk);
    if (hit && hit.key === key && hit.anchors.length === anchors.length && hit.anchors.every((a, i) => a === anchors[i])) {
      found.push(...hit.findings.map(k => ({ ...k.finding, range: doc.toRange(k.start + chunk.start, k.end + chunk.start) })));
      continue;
    }
    const services = new Set((isMap(chunk.doc.contents) ? (chunk.doc.contents.items as Pair[]) : []).map(p => scalarText(p.key) ?? ''));
    const own = runRules(rules, { ...context, scope: { services, topLevel: false } });
    found.push(...own);
    const kept = own.map(finding => relative(doc, finding, chunk.start));
    const end = chunk.text.length;
    if (kept.every(k => k.start >= 0 && k.end <= end)) {
      cache.set(chunk, { key, anchors, findings: kept });
    }
  }
  return found;
}

function relative(doc: ComposeDocument, finding: Finding<ComposeRule>, base: number): Kept {
  return { finding, start: doc.toOffset(finding.range.start) - base, end: doc.toOffset(finding.range.end) - base };
}
