import { LineIndex } from '../../common/lineIndex';
import type { Range } from 'vscode-languageserver-types';
import type { DfComment, DfDocument, DfInstruction } from './model';
import { computeStages, parseFull, parseSlice } from './parseDockerfile';

function shiftRange(range: Range | null, delta: number): void {
  if (range) {
    range.start.line += delta;
    range.end.line += delta;
  }
}

/**
 * Moves an instruction record down by `delta` lines, in place. Extraction gives each record its
 * own range objects, so nothing is shifted twice. Columns never change: the splice boundaries
 * are line starts.
 */
export function shiftInstruction(ins: DfInstruction, delta: number): void {
  shiftRange(ins.range, delta);
  shiftRange(ins.keywordRange, delta);
  for (const arg of ins.args) {
    shiftRange(arg.range, delta);
  }
  for (const flag of ins.flags) {
    shiftRange(flag.range, delta);
    shiftRange(flag.nameRange, delta);
    shiftRange(flag.valueRange, delta);
    for (const option of flag.options) {
      shiftRange(option.range, delta);
      shiftRange(option.nameRange, delta);
      shiftRange(option.valueRange, delta);
    }
  }
  for (const v of ins.variables) {
    shiftRange(v.range, delta);
    shiftRange(v.nameRange, delta);
  }
  for (const h of ins.heredocs) {
    shiftRange(h.startRange, delta);
    shiftRange(h.endRange, delta);
  }
  for (const line of ins.emptyContinuationLines) {
    shiftRange(line, delta);
  }
  for (const p of ins.properties) {
    shiftRange(p.nameRange, delta);
    shiftRange(p.valueRange, delta);
  }
  if (ins.from) {
    shiftRange(ins.from.image?.range ?? null, delta);
    shiftRange(ins.from.stage?.range ?? null, delta);
    shiftRange(ins.from.asKeyword?.range ?? null, delta);
  }
  if (ins.trigger) {
    shiftInstruction(ins.trigger, delta);
  }
}

/** Compared in blocks first: native string equality is much faster than a char loop. */
const block = 2048;

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + block <= max && a.substring(i, i + block) === b.substring(i, i + block)) {
    i += block;
  }
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) {
    i++;
  }
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i + block <= max && a.substring(a.length - i - block, a.length - i) === b.substring(b.length - i - block, b.length - i)) {
    i += block;
  }
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) {
    i++;
  }
  return i;
}

/**
 * Re-parses only the instructions an edit touched. The changed span (common prefix and suffix
 * of the old and new text) is widened to whole instructions plus one on each side, that slice
 * alone is parsed, and the untouched instructions are reused with their lines
 * shifted. Falls back to a full parse when the edit can change how the rest is read: the
 * directives or escape character changed, or the slice ends inside a continuation or heredoc.
 */
export function parseIncremental(text: string, previous: DfDocument | undefined): DfDocument {
  if (!previous) {
    return parseFull(text);
  }
  if (previous.text === text) {
    return previous;
  }
  const old = previous.instructions;
  const prefix = commonPrefix(previous.text, text);
  const suffix = commonSuffix(previous.text, text, prefix);
  const changeStartLine = previous.lines.positionAt(prefix).line;
  const changeEndLine = previous.lines.positionAt(previous.text.length - suffix).line;

  let before = 0; // instructions [0, before) are reused as they are
  while (before < old.length && old[before].range.end.line < changeStartLine) {
    before++;
  }
  before = Math.max(0, before - 1);
  let after = before; // instructions [after, …) are reused, shifted
  while (after < old.length && old[after].range.start.line <= changeEndLine) {
    after++;
  }
  after = Math.min(old.length, after + 1);
  if (before === 0) {
    return parseFull(text); // the directives and escape character live above the first instruction
  }

  const startLine = old[before].range.start.line;
  const startOffset = previous.lines.lineStart(startLine);
  const oldEndOffset = after < old.length ? previous.lines.lineStart(old[after].range.start.line) : previous.text.length;
  const newEndOffset = oldEndOffset + (text.length - previous.text.length);
  if (startOffset > prefix || oldEndOffset < previous.text.length - suffix) {
    return parseFull(text);
  }
  const slice = parseSlice(text.slice(startOffset, newEndOffset), startLine, previous.escape);
  const lastNew = slice.instructions[slice.instructions.length - 1];
  if (after < old.length && lastNew && (lastNew.danglingContinuation || lastNew.heredocs.some(h => h.endRange === null))) {
    return parseFull(text);
  }

  const lines = new LineIndex(text);
  const lineDelta = lines.lineCount - previous.lines.lineCount;
  const tail = old.slice(after);
  const oldEndLine = after < old.length ? old[after].range.start.line : Number.MAX_SAFE_INTEGER;
  const tailComments = previous.comments.filter(c => c.range.start.line >= oldEndLine);
  if (lineDelta !== 0) {
    for (const ins of tail) {
      shiftInstruction(ins, lineDelta);
    }
    for (const comment of tailComments) {
      shiftRange(comment.range, lineDelta);
    }
  }
  const instructions: DfInstruction[] = [...old.slice(0, before), ...slice.instructions, ...tail];
  const comments: DfComment[] = [...previous.comments.filter(c => c.range.start.line < startLine), ...slice.comments, ...tailComments];
  return {
    text,
    lines,
    escape: previous.escape,
    directives: previous.directives,
    instructions,
    comments,
    stages: computeStages(instructions),
    parsedBy: 'splice',
  };
}
