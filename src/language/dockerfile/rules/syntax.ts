import { instructionFlags, instructionKeywords } from '../knowledge/instructions';
import type { DfInstruction } from '../parse/model';
import type { DockerfileRule } from './rule';
import { closest } from '../../common/editDistance';

const known = new Set<string>(instructionKeywords);

export const unknownInstruction: DockerfileRule = {
  code: 'dockerfile.unknown-instruction',
  defaultSeverity: 'error',
  description: 'A line starts with a word that is not a Dockerfile instruction.',
  local: true,
  check(ins, report) {
    if (!known.has(ins.keyword)) {
      const guess = closest(ins.keyword, instructionKeywords);
      report(ins.keywordRange, `Unknown instruction '${ins.keywordRaw}'.${guess ? ` Did you mean '${guess}'?` : ''}`, {
        data: { replacement: guess },
      });
    }
  },
};

function argumentCountProblem(ins: DfInstruction): string | undefined {
  if (!known.has(ins.keyword) || ins.trigger) {
    return undefined;
  }
  if (ins.args.length === 0) {
    return `${ins.keyword} needs an argument.`;
  }
  if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && ins.heredocs.length === 0) {
    const count = ins.json ? ins.json.length : ins.args.length;
    return count < 2 ? `${ins.keyword} needs a source and a destination.` : undefined;
  }
  return undefined;
}

export const missingArguments: DockerfileRule = {
  code: 'dockerfile.missing-arguments',
  defaultSeverity: 'error',
  description: 'An instruction has no (or too few) arguments.',
  local: true,
  check(ins, report) {
    const problem = argumentCountProblem(ins);
    if (problem) {
      report(ins.keywordRange, problem);
    }
  },
};

function extraArgument(ins: DfInstruction): number | undefined {
  switch (ins.keyword) {
    case 'FROM':
      if (ins.args.length === 2 || ins.args.length > 3) {
        return ins.args.length === 2 ? 1 : 3;
      }
      return ins.args.length === 3 && ins.args[1].value.toUpperCase() !== 'AS' ? 1 : undefined;
    case 'STOPSIGNAL':
    case 'USER':
      return ins.args.length > 1 ? 1 : undefined;
    case 'HEALTHCHECK':
      return ins.args[0]?.value.toUpperCase() === 'NONE' && ins.args.length > 1 ? 1 : undefined;
    default:
      return undefined;
  }
}

export const extraArguments: DockerfileRule = {
  code: 'dockerfile.extra-arguments',
  defaultSeverity: 'error',
  description: 'An instruction has arguments it does not take (FROM other than `image [AS name]`, STOPSIGNAL, USER, HEALTHCHECK NONE).',
  local: true,
  check(ins, report) {
    const from = extraArgument(ins);
    if (from !== undefined) {
      const range = { start: ins.args[from].range.start, end: ins.args[ins.args.length - 1].range.end };
      report(range, ins.keyword === 'FROM' ? 'FROM takes an image and an optional `AS name`.' : `${ins.keyword} takes a single argument.`);
    }
  },
};

export const unknownFlag: DockerfileRule = {
  code: 'dockerfile.unknown-flag',
  defaultSeverity: 'error',
  description: 'A `--flag` the instruction does not accept.',
  local: true,
  check(ins, report) {
    const allowed = instructionFlags[ins.keyword] ?? [];
    for (const flag of ins.flags) {
      if (!allowed.some(spec => spec.name === flag.name)) {
        const guess = closest(
          flag.name,
          allowed.map(spec => spec.name),
        );
        const hint = guess ? ` Did you mean '--${guess}'?` : '';
        report(flag.nameRange, `${ins.keyword} has no flag '--${flag.name}'.${hint}`, { data: { replacement: guess } });
      }
    }
  },
};

export const unterminated: DockerfileRule = {
  code: 'dockerfile.unterminated',
  defaultSeverity: 'error',
  description: 'The file ends inside a line continuation, or a heredoc has no closing delimiter.',
  check(doc, report) {
    const last = doc.instructions[doc.instructions.length - 1];
    if (last?.danglingContinuation) {
      report(last.range, 'The file ends with a line continuation; the instruction is incomplete.');
    }
    for (const ins of doc.instructions) {
      for (const heredoc of ins.heredocs) {
        if (heredoc.endRange === null) {
          report(heredoc.startRange, `Heredoc '${heredoc.name}' is never closed: add a line with just '${heredoc.name}'.`);
        }
      }
    }
  },
};

export const instructionBeforeFrom: DockerfileRule = {
  code: 'dockerfile.instruction-before-from',
  defaultSeverity: 'error',
  description: 'Only ARG (and parser directives and comments) may come before the first FROM; a file needs a FROM.',
  check(doc, report) {
    for (const ins of doc.instructions) {
      if (ins.keyword === 'FROM') {
        return;
      }
      if (ins.keyword !== 'ARG' && known.has(ins.keyword)) {
        report(ins.keywordRange, `${ins.keyword} before the first FROM: only ARG may come before it.`);
      }
    }
    if (doc.instructions.length > 0) {
      report(doc.instructions[0].keywordRange, 'The Dockerfile has no FROM instruction.');
    }
  },
};

export const emptyContinuation: DockerfileRule = {
  code: 'dockerfile.empty-continuation',
  buildkit: 'NoEmptyContinuation',
  defaultSeverity: 'warning',
  description: 'A blank line inside a multi-line instruction; the builder skips it today but it is deprecated.',
  local: true,
  check(ins, report) {
    for (const line of ins.emptyContinuationLines) {
      report(
        line,
        'Empty continuation line: remove it, or end the instruction before it (blank lines inside an instruction are deprecated).',
      );
    }
  },
};
