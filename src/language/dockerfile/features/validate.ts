import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { LanguageSettings, RuleSeverity } from '../../common/LanguageFeatures';
import type { DfDocument } from '../parse/model';
import { allRules } from '../rules';
import type { DockerfileRule } from '../rules/rule';

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

function ruleSeverity(rule: DockerfileRule, settings: LanguageSettings): RuleSeverity | undefined {
  return settings.dockerfile.rules[rule.code];
}

export function validateDocument(doc: DfDocument, settings: LanguageSettings, rules: readonly DockerfileRule[] = allRules): Diagnostic[] {
  const skipped = skippedByDirective(doc);
  const ignored = ignoredLines(doc);
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const configured = ruleSeverity(rule, settings);
    if (configured === 'off' || (rule.buildkit && (skipped.all || skipped.names.has(rule.buildkit.toLowerCase())))) {
      continue;
    }
    rule.check(doc, (range, message, options) => {
      if (ignored.get(range.start.line)?.has(rule.code)) {
        return;
      }
      const severity = configured ?? options?.severity ?? rule.defaultSeverity;
      diagnostics.push({
        range,
        message,
        severity: severities[severity],
        source: 'dockhand',
        code: rule.code,
        ...(options?.tags ? { tags: options.tags } : {}),
        ...(options?.data !== undefined ? { data: options.data } : {}),
      });
    });
  }
  return diagnostics;
}
