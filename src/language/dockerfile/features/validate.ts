import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostic, type Finding } from '../../common/findings';
import type { LanguageSettings } from '../../common/LanguageFeatures';
import type { DfDocument, DfInstruction } from '../parse/model';
import { allRules } from '../rules';
import { readCheckDirective } from './checkDirective';
import type { DockerfileEnvironment, DockerfileEnvironmentRule, DockerfileRule, Report } from '../rules/rule';
import { environmentRules } from '../rules';

type AnyRule = DockerfileRule | DockerfileEnvironmentRule;

/** The findings of the rules that look at the build context and the engine (read from disk, asked of the engine). */
export async function environmentFindings(
  doc: DfDocument,
  env: DockerfileEnvironment,
  rules: readonly DockerfileEnvironmentRule[] = environmentRules,
): Promise<Finding<DockerfileEnvironmentRule>[]> {
  const findings: Finding<DockerfileEnvironmentRule>[] = [];
  for (const rule of rules) {
    await rule.checkEnvironment(doc, env, (range, message, options) => findings.push({ rule, range, message, options }));
  }
  return findings;
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
  let rule = rules[0];
  const report: Report = (range, message, options) => findings.push({ rule, range, message, options });
  for (rule of rules) {
    if (rule.local) {
      rule.check(ins, report);
    }
  }
  if (rules === allRules) {
    perInstruction.set(ins, findings);
  }
  return findings;
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

export function validateDocument(
  doc: DfDocument,
  settings: LanguageSettings,
  rules: readonly DockerfileRule[] = allRules,
  environment: readonly Finding<DockerfileEnvironmentRule>[] = [],
): Diagnostic[] {
  const check = readCheckDirective(doc);
  const ignored = ignoredLines(doc);
  const isShipped = shippedInstructions(doc);
  const findings: Finding<AnyRule>[] = [...environment];
  doc.instructions.forEach((ins, index) => {
    const keep = (f: Finding<DockerfileRule>) => !f.rule.finalImageOnly || isShipped(index);
    findings.push(...instructionFindings(ins, rules).filter(keep));
    if (ins.trigger) {
      findings.push(...instructionFindings(ins.trigger, rules).filter(keep));
    }
  });
  for (const rule of rules) {
    if (!rule.local) {
      rule.check(doc, (range, message, options) => findings.push({ rule, range, message, options }));
    }
  }
  const diagnostics: Diagnostic[] = [];
  // An ONBUILD and its trigger share their lines: a finding on those lines comes from both.
  const reported = new Set<string>();
  for (const finding of findings) {
    const { rule, range, options } = finding;
    const key = `${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character} ${rule.code} ${finding.message}`;
    if (reported.has(key)) {
      continue;
    }
    reported.add(key);
    const severity =
      settings.dockerfile.rules[rule.code] ?? (check.error && rule.buildkit ? 'error' : (options?.severity ?? rule.defaultSeverity));
    if (
      severity === 'off' ||
      (rule.buildkit && (check.skipAll || check.skip.has(rule.buildkit.toLowerCase()))) ||
      ignored.get(range.start.line)?.has(rule.code)
    ) {
      continue;
    }
    diagnostics.push(toDiagnostic(finding, severity));
  }
  return diagnostics;
}
