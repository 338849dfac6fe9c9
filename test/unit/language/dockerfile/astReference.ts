import {
  Arg,
  DockerfileParser,
  From,
  Heredoc,
  Instruction,
  ModifiableInstruction,
  Onbuild,
  PropertyInstruction,
  type Dockerfile,
} from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import { LineIndex } from '../../../../src/language/common/lineIndex';
import type {
  DfComment,
  DfDirective,
  DfFlag,
  DfFrom,
  DfHeredoc,
  DfInstruction,
  DfProperty,
  DfToken,
  DfVariable,
} from '../../../../src/language/dockerfile/parse/model';

// The records as dockerfile-ast 0.7.1 made them before Dockhand read Dockerfiles itself
// (src/language/dockerfile/parse/extract.ts until then): the reference the parity test holds our
// own tokenizer to. Only tests import dockerfile-ast.

/**
 * A fresh copy moved down by `lineBase` lines: every record owns its ranges (see model.ts). A
 * range dockerfile-ast gives backwards (an option of `--mount==c`) becomes empty at its start.
 */
function cp(range: Range, lineBase: number): Range {
  const backwards =
    range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character);
  const end = backwards ? range.start : range.end;
  return {
    start: { line: range.start.line + lineBase, character: range.start.character },
    end: { line: end.line + lineBase, character: end.character },
  };
}

function cpOrNull(range: Range | null, lineBase: number): Range | null {
  return range ? cp(range, lineBase) : null;
}

function flagsOf(ins: Instruction, lineBase: number): DfFlag[] {
  if (!(ins instanceof ModifiableInstruction)) {
    return [];
  }
  return ins.getFlags().map(flag => ({
    name: flag.getName(),
    value: flag.getValue(),
    range: cp(flag.getRange(), lineBase),
    nameRange: cp(flag.getNameRange(), lineBase),
    valueRange: cpOrNull(flag.getValueRange(), lineBase),
    options: flag.getOptions().map(option => ({
      name: option.getName(),
      value: option.getValue(),
      range: cp(option.getRange(), lineBase),
      nameRange: cp(option.getNameRange(), lineBase),
      valueRange: cpOrNull(option.getValueRange(), lineBase),
    })),
  }));
}

function propertiesOf(ins: Instruction, lineBase: number): DfProperty[] {
  if (!(ins instanceof PropertyInstruction) && !(ins instanceof Arg)) {
    return [];
  }
  const properties = ins instanceof Arg ? [ins.getProperty()].filter(p => p !== null) : ins.getProperties();
  return properties.map(p => ({
    name: p.getName(),
    nameRange: cp(p.getNameRange(), lineBase),
    value: p.getValue(),
    valueRange: cpOrNull(p.getValueRange(), lineBase),
    hasEquals: p.getAssignmentOperator() !== null,
  }));
}

function fromOf(ins: Instruction, args: readonly DfToken[], lineBase: number): DfFrom | null {
  if (!(ins instanceof From)) {
    return null;
  }
  const imageRange = ins.getImageRange();
  const stageRange = ins.getBuildStageRange();
  const asArg = args.length >= 2 ? args[1] : undefined;
  return {
    image: imageRange ? { value: ins.getImage() ?? '', range: cp(imageRange, lineBase) } : null,
    imageName: ins.getImageName(),
    tag: ins.getImageTag(),
    digest: ins.getImageDigest(),
    stage: stageRange ? { value: ins.getBuildStage() ?? '', range: cp(stageRange, lineBase) } : null,
    asKeyword: asArg && asArg.value.toUpperCase() === 'AS' ? { value: asArg.value, range: cp(asArg.range, 0) } : null,
  };
}

function heredocsOf(ins: Instruction, lineBase: number): DfHeredoc[] {
  // getHeredocs is public on RUN and protected (but present) on COPY/ADD and the base class.
  const heredocs = (ins as unknown as { getHeredocs(): Heredoc[] }).getHeredocs();
  return heredocs.map(h => ({
    name: h.getName(),
    startRange: cp(h.getStartRange(), lineBase),
    endRange: cpOrNull(h.getDelimiterRange(), lineBase),
  }));
}

/** Blank lines between an instruction's first and last line, heredoc bodies (where blank lines are content) excepted. */
function emptyLinesOf(range: Range, lines: LineIndex, heredocs: readonly DfHeredoc[], lineBase: number): Range[] {
  const empty: Range[] = [];
  for (let line = range.start.line + 1; line < range.end.line; line++) {
    const inHeredoc = heredocs.some(
      h => line + lineBase > h.startRange.start.line && (h.endRange === null || line + lineBase <= h.endRange.start.line),
    );
    if (!inHeredoc && lines.lineText(line).trim() === '') {
      empty.push({ start: { line: line + lineBase, character: 0 }, end: { line: line + lineBase + 1, character: 0 } });
    }
  }
  return empty;
}

/** Removes line continuations (escape char, optional spaces, newline) from raw argument text. */
function joinContinuations(raw: string, escape: string): string {
  const esc = escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  return raw.replace(new RegExp(`${esc}[ \\t]*\\r?\\n`, 'g'), '');
}

function parseJson(text: string): readonly string[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every(v => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}

/**
 * dockerfile-ast's Instruction.getVariables() resolves every variable against the whole file
 * (a walk over all FROMs per variable: quadratic on big files, and unbounded recursion on some
 * malformed input). We only read names and ranges and do scoping ourselves (scope.ts), so those
 * look-ups are replaced on the objects we parse with ones that answer "unknown" at once.
 */
function withoutVariableResolution(dockerfile: Dockerfile): void {
  (dockerfile as unknown as { resolveVariable(): undefined }).resolveVariable = () => undefined;
}

function variablesOf(ins: Instruction, lineBase: number): DfVariable[] {
  (ins as unknown as { isBuildVariable(): undefined }).isBuildVariable = () => undefined;
  return ins.getVariables().map(v => ({
    name: v.getName(),
    nameRange: cp(v.getNameRange(), lineBase),
    range: cp(v.getRange(), lineBase),
    modifier: v.getModifier(),
  }));
}

function extractInstruction(ins: Instruction, lines: LineIndex, escape: string, lineBase: number): DfInstruction {
  const range = ins.getRange();
  // Each dockerfile-ast getter re-tokenizes the instruction, so each is called once.
  const astArgs = ins.getArguments();
  const args = astArgs.map(a => ({ value: a.getValue(), range: cp(a.getRange(), lineBase) }));
  const first = astArgs[0];
  const last = astArgs[astArgs.length - 1];
  const afterFlags =
    first && last ? joinContinuations(lines.slice({ start: first.getRange().start, end: last.getRange().end }), escape).trim() : '';
  const jsonLike = afterFlags.startsWith('[');
  const variables = variablesOf(ins, lineBase);
  const heredocs = heredocsOf(ins, lineBase);
  const trigger = ins instanceof Onbuild ? ins.getTriggerInstruction() : null;
  const rawText = lines.slice(range).trimEnd();
  const body = first ? joinContinuations(lines.slice({ start: first.getRange().start, end: range.end }), escape) : '';
  return {
    keyword: ins.getKeyword(),
    keywordRaw: ins.getInstruction(),
    keywordRange: cp(ins.getInstructionRange(), lineBase),
    range: cp(range, lineBase),
    args,
    argsText: joinContinuations(ins.getRawArgumentsContent() ?? '', escape),
    flags: flagsOf(ins, lineBase),
    variables,
    body,
    jsonLike,
    json: jsonLike ? parseJson(afterFlags) : null,
    heredocs,
    emptyContinuationLines: emptyLinesOf(range, lines, heredocs, lineBase),
    properties: propertiesOf(ins, lineBase),
    from: fromOf(ins, args, lineBase),
    trigger: trigger ? extractInstruction(trigger, lines, escape, lineBase) : null,
    danglingContinuation: rawText.endsWith(escape),
  };
}

function extractComments(dockerfile: Dockerfile, lineBase: number): DfComment[] {
  return dockerfile.getComments().map(c => ({ text: c.getContent(), range: cp(c.getRange(), lineBase) }));
}

export interface ReferenceParse {
  readonly escape: string;
  readonly directives: DfDirective[];
  readonly instructions: DfInstruction[];
  readonly comments: DfComment[];
}

/** A whole document parsed by dockerfile-ast and converted to records, as parseFull did. */
export function parseWithDockerfileAst(text: string): ReferenceParse {
  const dockerfile = DockerfileParser.parse(text);
  withoutVariableResolution(dockerfile);
  const lines = new LineIndex(text);
  const esc = dockerfile.getEscapeCharacter();
  return {
    escape: esc,
    directives: dockerfile.getDirectives().map(d => ({
      name: d.getName().toLowerCase(),
      value: d.getValue(),
      range: d.getRange(),
      valueRange: d.getValueRange(),
    })),
    instructions: dockerfile.getInstructions().map(ins => extractInstruction(ins, lines, esc, 0)),
    comments: extractComments(dockerfile, 0),
  };
}
