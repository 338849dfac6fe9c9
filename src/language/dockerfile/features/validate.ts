import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { LanguageSettings, RuleSeverity } from '../../common/LanguageFeatures';
import type { DfDocument, DfInstruction } from '../parse/model';
import { allRules } from '../rules';
import { readCheckDirective } from './checkDirective';
import type { DockerfileRule, ReportOptions } from '../rules/rule';

const severities: Readonly<Record<Exclude<RuleSeverity, 'off'>, DiagnosticSeverity>> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/** Lines covered by `# dockhand-ignore code[, code]` comments, i.e. the instruction right below each. */
function ignoredLines(doc: DfDocument): Map<number, Set<string>> {
  const ignored = new Map<number, Set<string>>();
  let next = 0;
  for (const comment of doc.comments) {
    const match = /^dockhand-ignore\s+(.+)$/.exec(comment.text.trim());
    if (!match) {
      continue;
    }
    const codes = new Set(match[1].split(/[\s,]+/).filter(Boolean));
    while (next < doc.instructions.length && doc.instructions[next].range.start.line <= comment.range.start.line) {
      next++;
    }
    const ins = doc.instructions[next];
    if (ins && ins.range.start.line === comment.range.start.line + 1) {
      for (let line = ins.range.start.line; line <= ins.range.end.line; line++) {
        ignored.set(line, new Set([...(ignored.get(line) ?? []), ...codes]));
      }
    }
  }
  return ignored;
}

interface Finding {
  readonly rule: DockerfileRule;
  readonly range: Range;
  readonly message: string;
  readonly options: ReportOptions | undefined;
}

/**
 * Findings of the per-instruction rules, by instruction. The incremental parse reuses the records
 * of instructions an edit did not touch (moving their positions in place), so their findings stay
 * valid and only re-parsed instructions are checked again. Settings are applied afterwards, so a
 * settings change needs no re-check.
 */
const perInstruction = new WeakMap<DfInstruction, readonly Finding[]>();

function instructionFindings(ins: DfInstruction, rules: readonly DockerfileRule[]): readonly Finding[] {
  const cached = rules === allRules ? perInstruction.get(ins) : undefined;
  if (cached) {
    return cached;
  }
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.checkInstruction?.(ins, (range, message, options) => findings.push({ rule, range, message, options }));
  }
  if (rules === allRules) {
    perInstruction.set(ins, findings);
  }
  return findings;
}

function copyRange(range: Range): Range {
  return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
}

/**
 * Indices of the instructions whose layers end up in the image the file builds: the last stage,
 * and the stages it is built `FROM`, transitively. A stage only copied from (`COPY --from`) ships
 * none of its layers. Instructions before the first FROM (global ARGs) count as shipped.
 */
function shippedInstructions(doc: DfDocument): (index: number) => boolean {
  const byName = new Map(doc.stages.filter(s => s.name).map(s => [s.name!.toLowerCase(), s]));
  const shipped = new Set<number>();
  for (let stage = doc.stages.at(-1); stage && !shipped.has(stage.index);) {
    shipped.add(stage.index);
    const base = stage.from.args.find(a => !a.value.startsWith('--'))?.value.toLowerCase();
    const parent = base === undefined ? undefined : byName.get(base);
    stage = parent && parent.index < stage.index ? parent : undefined;
  }
  const first = doc.stages[0]?.first ?? doc.instructions.length;
  const stageOf = new Int32Array(doc.instructions.length).fill(-1);
  for (const s of doc.stages) {
    stageOf.fill(s.index, s.first, s.last + 1);
  }
  return index => index < first || shipped.has(stageOf[index]);
}

export function validateDocument(doc: DfDocument, settings: LanguageSettings, rules: readonly DockerfileRule[] = allRules): Diagnostic[] {
  const check = readCheckDirective(doc);
  const ignored = ignoredLines(doc);
  const isShipped = shippedInstructions(doc);
  const findings: Finding[] = [];
  doc.instructions.forEach((ins, index) => {
    const keep = (f: Finding) => !f.rule.finalImageOnly || isShipped(index);
    findings.push(...instructionFindings(ins, rules).filter(keep));
    if (ins.trigger) {
      findings.push(...instructionFindings(ins.trigger, rules).filter(keep));
    }
  });
  for (const rule of rules) {
    rule.check?.(doc, (range, message, options) => findings.push({ rule, range, message, options }));
  }
  const diagnostics: Diagnostic[] = [];
  for (const { rule, range, message, options } of findings) {
    const severity = settings.dockerfile.rules[rule.code] ?? (check.error && rule.buildkit ? 'error' : options?.severity ?? rule.defaultSeverity);
    if (severity === 'off' || (rule.buildkit && (check.skipAll || check.skip.has(rule.buildkit.toLowerCase()))) || ignored.get(range.start.line)?.has(rule.code)) {
      continue;
    }
    diagnostics.push({
      range: copyRange(range), // our ranges move with later edits; callers get their own
      message,
      severity: severities[severity],
      source: 'dockhand',
      code: rule.code,
      ...(options?.tags ? { tags: options.tags } : {}),
      ...(options?.data !== undefined ? { data: options.data } : {}),
    });
  }
  return diagnostics;
}
