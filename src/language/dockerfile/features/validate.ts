import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { LanguageSettings, RuleSeverity } from '../../common/LanguageFeatures';
import type { DfDocument, DfInstruction } from '../parse/model';
import { allRules } from '../rules';
import { readCheckDirective } from './checkDirective';
import type { DockerfileEnvironment, DockerfileRule, ReportOptions } from '../rules/rule';

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

export interface Finding {
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

/** The findings of the rules that look at the build context and the engine (read from disk, asked of the engine). */
export async function environmentFindings(doc: DfDocument, env: DockerfileEnvironment, rules: readonly DockerfileRule[] = allRules): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const rule of rules) {
    await rule.checkEnvironment?.(doc, env, (range, message, options) => findings.push({ rule, range, message, options }));
  }
  return findings;
}

export function validateDocument(
  doc: DfDocument, settings: LanguageSettings, rules: readonly DockerfileRule[] = allRules, environment: readonly Finding[] = [],
): Diagnostic[] {
  const check = readCheckDirective(doc);
  const ignored = ignoredLines(doc);
  const findings: Finding[] = [...environment];
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
    if (configured === 'off' || (rule.buildkit && (check.skipAll || check.skip.has(rule.buildkit.toLowerCase()))) || ignored.get(range.start.line)?.has(rule.code)) {
      continue;
    }
    diagnostics.push({
      range: copyRange(range), // our ranges move with later edits; callers get their own
      message,
      severity: severities[configured ?? (check.error && rule.buildkit ? 'error' : options?.severity ?? rule.defaultSeverity)],
      source: 'dockhand',
      code: rule.code,
      ...(options?.tags ? { tags: options.tags } : {}),
      ...(options?.data !== undefined ? { data: options.data } : {}),
    });
  }
  return diagnostics;
}
