import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { DfDocument, DfInstruction } from '../parse/model';
import { instructionIndexAt } from '../parse/scope';

export interface Fix {
  readonly title: string;
  readonly edits: TextEdit[];
}

function replacementOf(diagnostic: Diagnostic): string | undefined {
  const data = diagnostic.data as { replacement?: unknown } | undefined;
  return typeof data?.replacement === 'string' ? data.replacement : undefined;
}

function replaceInstruction(doc: DfDocument, ins: DfInstruction, transform: (text: string) => string): TextEdit[] {
  const text = doc.lines.slice(ins.range);
  const next = transform(text);
  return next === text ? [] : [{ range: ins.range, newText: next }];
}

/** Adds `flag` right after every `apt-get install` / `apt install` that lacks it. */
function addAptFlag(text: string, flag: string, present: RegExp): string {
  return text.replace(/(\bapt(?:-get)?(?:\s+-[^\s]+)*\s+install\b)([^;&|\n]*)/g, (whole: string, head: string, rest: string) =>
    present.test(` ${head}${rest} `) ? whole : `${head} ${flag}${rest}`,
  );
}

const toJson = (args: string[]): string => `[${args.map(a => JSON.stringify(a)).join(', ')}]`;

/** The fixes for one of our diagnostics, by rule code. */
export function fixesFor(doc: DfDocument, diagnostic: Diagnostic): Fix[] {
  const index = instructionIndexAt(doc, diagnostic.range.start.line);
  const ins = index >= 0 ? doc.instructions[index] : undefined;
  if (!ins) {
    return [];
  }
  const replacement = replacementOf(diagnostic);
  const replaceRange = (range: Range, title: string): Fix[] =>
    replacement === undefined ? [] : [{ title, edits: [{ range, newText: replacement }] }];
  const esc = doc.escape;
  switch (diagnostic.code) {
    case 'dockerfile.maintainer-deprecated': {
      const who = ins.argsText.trim().replace(/"/g, '\\"');
      return [
        {
          title: 'Replace MAINTAINER with LABEL org.opencontainers.image.authors',
          edits: [{ range: ins.range, newText: `LABEL org.opencontainers.image.authors="${who}"` }],
        },
      ];
    }
    case 'dockerfile.legacy-key-value': {
      const p = ins.properties[0];
      if (!p?.valueRange || p.value === null) {
        return [];
      }
      const value = /\s/.test(p.value) && !/^["'].*["']$/.test(p.value) ? JSON.stringify(p.value) : p.value;
      return [
        {
          title: `Write ${ins.keyword} ${p.name}=…`,
          edits: [{ range: { start: p.nameRange.start, end: p.valueRange.end }, newText: `${p.name}=${value}` }],
        },
      ];
    }
    case 'dockerfile.redundant-target-platform': {
      const flag = ins.flags.find(f => f.name === 'platform');
      const next = ins.from?.image?.range.start;
      return flag && next ? [{ title: 'Remove --platform', edits: [{ range: { start: flag.range.start, end: next }, newText: '' }] }] : [];
    }
    case 'dockerfile.empty-continuation':
      return [{ title: 'Remove the empty line', edits: [{ range: diagnostic.range, newText: '' }] }];
    case 'dockerfile.add-instead-of-copy':
      return [{ title: 'Use COPY', edits: [{ range: ins.keywordRange, newText: ins.keywordRaw === 'add' ? 'copy' : 'COPY' }] }];
    case 'dockerfile.run-cd': {
      const match = /^cd\s+(\S+)\s*(?:&&\s*)?([\s\S]*)$/.exec(ins.body.trim());
      if (!match) {
        return [];
      }
      const indent = ' '.repeat(ins.range.start.character);
      const rest = match[2].trim();
      const newText = `WORKDIR ${match[1]}${rest ? `\n${indent}${ins.keywordRaw} ${rest}` : ''}`;
      return [{ title: `Use WORKDIR ${match[1]}`, edits: [{ range: ins.range, newText }] }];
    }
    case 'dockerfile.apt-no-install-recommends':
      return [
        {
          title: 'Add --no-install-recommends',
          edits: replaceInstruction(doc, ins, t => addAptFlag(t, '--no-install-recommends', /\s--no-install-recommends\s/)),
        },
      ];
    case 'dockerfile.apt-install-yes':
      return [
        { title: 'Add -y', edits: replaceInstruction(doc, ins, t => addAptFlag(t, '-y', /\s(-[a-zA-Z]*y[a-zA-Z]*|--yes|--assume-yes)\s/)) },
      ];
    case 'dockerfile.apt-lists-not-removed':
      return [
        {
          title: 'Remove the apt lists in the same RUN',
          edits: [{ range: { start: ins.range.end, end: ins.range.end }, newText: ` ${esc}\n    && rm -rf /var/lib/apt/lists/*` }],
        },
      ];
    case 'dockerfile.shell-form-command': {
      const simple = ins.args.every(a => !/[&|;<>$`*?(){}'"\\]/.test(a.value));
      const json = simple ? toJson(ins.args.map(a => a.value)) : toJson(['/bin/sh', '-c', ins.body.trim()]);
      const range = { start: ins.args[0].range.start, end: ins.args[ins.args.length - 1].range.end };
      return [{ title: simple ? 'Use the exec (JSON) form' : 'Use the exec form through sh -c', edits: [{ range, newText: json }] }];
    }
    case 'dockerfile.instruction-casing':
    case 'dockerfile.unknown-instruction':
    case 'dockerfile.unknown-flag':
    case 'dockerfile.stage-name-casing':
    case 'dockerfile.from-as-casing':
    case 'dockerfile.expose-proto-casing':
    case 'dockerfile.undefined-variable':
    case 'dockerfile.undefined-arg-in-from':
    case 'dockerfile.copy-from-stage':
      return replaceRange(diagnostic.range, `Change to '${replacement ?? ''}'`);
    default:
      return [];
  }
}

/** Inserts `# dockhand-ignore <code>` above the instruction holding the diagnostic. */
export function suppressFix(doc: DfDocument, diagnostic: Diagnostic): Fix | undefined {
  const index = instructionIndexAt(doc, diagnostic.range.start.line);
  const ins = index >= 0 ? doc.instructions[index] : undefined;
  if (!ins || typeof diagnostic.code !== 'string') {
    return undefined;
  }
  const line = ins.range.start.line;
  const indent = /^\s*/.exec(doc.lines.lineText(line))?.[0] ?? '';
  return {
    title: `Suppress ${diagnostic.code} here`,
    edits: [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# dockhand-ignore ${diagnostic.code}\n` },
    ],
  };
}
