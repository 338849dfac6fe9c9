import { LineIndex } from '../../common/lineIndex';
import { commentRecord, extractInstruction } from './extract';
import { InstructionText } from './instructionText';
import type { DfComment, DfDirective, DfDocument, DfInstruction, DfStage } from './model';
import { scan } from './scan';

export interface ParsedSlice {
  readonly escape: string;
  readonly directives: DfDirective[];
  readonly instructions: DfInstruction[];
  readonly comments: DfComment[];
  /** Index of the parsed text (the slice with its header). */
  readonly lines: LineIndex;
}

/**
 * Parses `text` as if it started at line `lineBase` of a document whose escape character is
 * `escape`. For a slice that is not the document's start, a header fixes the escape character
 * and ends the parser-directive block, so that a leading `# x=y` comment stays a comment.
 */
export function parseSlice(text: string, lineBase: number, escape: string | undefined): ParsedSlice {
  const header = escape === undefined ? '' : `# escape=${escape}\n#\n`;
  const headerLines = escape === undefined ? 0 : 2;
  const source = header + text;
  const scanned = scan(source);
  const lines = new LineIndex(source);
  const base = lineBase - headerLines;
  const src = scanned.source;
  const directives: DfDirective[] =
    escape !== undefined
      ? []
      : scanned.directives.map(d => ({
          name: src.content(d.nameRange).toLowerCase(),
          value: src.content(d.valueRange),
          range: d.range,
          valueRange: d.valueRange,
        }));
  return {
    escape: src.escape,
    directives,
    instructions: scanned.spans.map(span => extractInstruction(new InstructionText(src, span), lines, base)),
    comments: scanned.comments.map(range => commentRecord(src, range, base)).filter(c => c.range.start.line >= lineBase),
    lines,
  };
}

/** Stages from the instruction list: each FROM opens one, instructions before the first FROM belong to none. */
export function computeStages(instructions: readonly DfInstruction[]): DfStage[] {
  const stages: DfStage[] = [];
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i];
    if (ins.keyword !== 'FROM') {
      continue;
    }
    if (stages.length > 0) {
      const previous = stages[stages.length - 1];
      stages[stages.length - 1] = { ...previous, last: i - 1 };
    }
    stages.push({ index: stages.length, from: ins, first: i, last: instructions.length - 1, name: ins.from?.stage?.value ?? null });
  }
  return stages;
}

export function parseFull(text: string): DfDocument {
  const slice = parseSlice(text, 0, undefined);
  return {
    text,
    lines: slice.lines, // without a header the slice is the whole text
    escape: slice.escape,
    directives: slice.directives,
    instructions: slice.instructions,
    comments: slice.comments,
    stages: computeStages(slice.instructions),
    parsedBy: 'full',
  };
}
