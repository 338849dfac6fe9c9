import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostic, type Finding } from '../../common/findings';
import type { LanguageSettings } from '../../common/LanguageFeatures';
import type { DfDocument, DfInstruction } from '../parse/model';
import { allRules } from '../rules';
import { readCheckDirective } from './checkDirective';
import type { DockerfileRule } from '../rules/rule';

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

/**
 * Findings of the per-instruction rules, by instruction. The incremental parse reuses the records
 * of instructions an edit did not touch (moving their positions in place), so their findings stay
 * valid and only re-parsed instructions are checked again. Settings are applied afterwards, so a
 * settings change needs no re-check.
 */
const perInstruction = new WeakMap<DfInstruction, readonly Finding<DockerfileRule>[]>();

function instructionFindings(ins: DfInstruction, rules: readonly DockerfileRule[]): readonly Finding<DockerfileRule>[] {
  const cached = rules === allRules ? perInstruction.get(ins) : undefined;
  if (cached) {
    return cached;
  }
  const findings: Finding<DockerfileRule>[] = [];
  for (const rule of rules) {
    if (rule.local) {
      rule.check(ins, (range, message, options) => findings.push({ rule, range, message, options }));
    }
  }
  if (rules === allRules) {
    perInstruction.set(ins, findings);
  }
  return findings;
}

export function validateDocument(doc: DfDocument, settings: LanguageSettings, rules: readonly DockerfileRule[] = allRules): Diagnostic[] {
  const check = readCheckDirective(doc);
  const ignored = ignoredLines(doc);
  const findings: Finding<DockerfileRule>[] = [];
  for (const ins of doc.instructions) {
    findings.push(...instructionFindings(ins, rules));
    if (ins.trigger) {
      findings.push(...instructionFindings(ins.trigger, rules));
    }
  }
  for (const rule of rules) {
    if (!rule.local) {
      rule.check(doc, (range, message, options) => findings.push({ rule, range, message, options }));
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const { rule, range, options } = finding;
    const configured = settings.dockerfile.rules[rule.code];
    if (configured === 'off' || (rule.buildkit && (check.skipAll || check.skip.has(rule.buildkit.toLowerCase()))) || ignored.get(range.start.line)?.has(rule.code)) {
      continue;
    }
    diagnostics.push(toDiagnostic(finding, configured ?? (check.error && rule.buildkit ? 'error' : options?.severity ?? rule.defaultSeverity)));
  }
  return diagnostics;
}
