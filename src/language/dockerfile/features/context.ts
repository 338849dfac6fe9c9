import type { Position } from 'vscode-languageserver-types';
import type { DfDocument, DfInstruction } from '../parse/model';
import { instructionIndexAt } from '../parse/scope';

/** Where a position is: the instruction around it (if any) and the text from its start to the position. */
export interface PositionContext {
  readonly index: number;
  readonly instruction: DfInstruction | undefined;
  /** Text of the instruction from its keyword up to the position, continuations joined. */
  readonly before: string;
  /** Text of the line up to the position. */
  readonly linePrefix: string;
}

export function contextAt(doc: DfDocument, at: Position): PositionContext {
  const linePrefix = doc.lines.lineText(at.line).slice(0, at.character);
  let index = instructionIndexAt(doc, at.line);
  // A blank continuation line after an instruction's last line still belongs to that instruction.
  if (index < 0 && at.line > 0) {
    const previous = instructionIndexAt(doc, at.line - 1);
    if (previous >= 0 && doc.instructions[previous].danglingContinuation) {
      index = previous;
    }
  }
  const instruction = index >= 0 ? doc.instructions[index] : undefined;
  if (!instruction) {
    return { index, instruction, before: linePrefix, linePrefix };
  }
  const start = doc.lines.offsetAt(instruction.range.start);
  const raw = doc.text.slice(start, doc.lines.offsetAt(at));
  const esc = doc.escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  return { index, instruction, before: raw.replace(new RegExp(`${esc}[ \\t]*\\r?\\n`, 'g'), ' '), linePrefix };
}
