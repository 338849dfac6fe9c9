import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { LanguageSettings, RuleSeverity } from '../../common/LanguageFeatures';
import type { DfDocument, DfInstruction } from '../parse/model';
import { allRules } from '../rules';
import type { DockerfileRule, ReportOptions } from '../rules/rule';

const severities: Readonly<Record<Exclude<RuleSeverity, 'off'>, DiagnosticSeverity>> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/** BuildKit rule names listed in `# check=skip=A,B` (or every rule for `skip=all`). */
function skippedByDirective(doc: DfDocument): { all: boolean; names: Set<string> } {
  const check = doc.directives.find(d => d.name === 'check');
  const skip = check?.value.split(';').map(part => part.trim()).find(part => part.toLowerCase().startsWith('skip='));
  const names = new Set((skip?.slice(5).split(',') ?? []).map(name => name.trim().toLowerCase()).filter(Boolean));
  return { all: names.has('all'), names };
}

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

export function validateDocument(doc: DfDocument, settings: LanguageSettings, rules: readonly DockerfileRule[] = allRules): Diagnostic[] {
  const skipped = skippedByDirective(doc);
  const ignored = ignoredLines(doc);
  const findings: Finding[] = [];
  for (const ins of doc.instructions) {
    findings.push(...instructionFindings(ins, rules));
    if (ins.trigger) {
      findings.push(...instructionFindings(ins.trigger, rules));
    }
  }
  for (const rule of rules) {
    rule.check?.(doc, (range, message, options) => findings.push({ rule, range, message, options }));
  }
  const diagnostics: Diagnostic[] = [];
  for (const { rule, range, message, options } of findings) {
    const configured = settings.dockerfile.rules[rule.code];
    if (configured === 'off' || (rule.buildkit && (skipped.all || skipped.names.has(rule.buildkit.toLowerCase()))) || ignored.get(range.start.line)?.has(rule.code)) {
      continue;
    }
    diagnostics.push({
      range: copyRange(range), // our ranges move with later edits; callers get their own
      message,
      severity: severities[configured ?? options?.severity ?? rule.defaultSeverity],
      source: 'dockhand',
      code: rule.code,
      ...(options?.tags ? { tags: options.tags } : {}),
      ...(options?.data !== undefined ? { data: options.data } : {}),
    });
  }
  return diagnostics;
}
