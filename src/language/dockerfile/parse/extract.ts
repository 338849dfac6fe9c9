import type { Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../../common/lineIndex';
import type { RawFlag } from './flags';
import type { RawHeredoc } from './heredocs';
import { InstructionText } from './instructionText';
import type { DfComment, DfFlag, DfFrom, DfHeredoc, DfInstruction, DfProperty, DfToken, DfVariable } from './model';
import { isWhitespace, type Source } from './source';

/**
 * A fresh copy moved down by `lineBase` lines: every record owns its ranges (see model.ts). A
 * range read backwards (an option of `--mount==c`) becomes empty at its start.
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

function flagRecords(flags: readonly RawFlag[], lineBase: number): DfFlag[] {
  return flags.map(flag => ({
    name: flag.name,
    value: flag.value,
    range: cp(flag.range, lineBase),
    nameRange: cp(flag.nameRange, lineBase),
    valueRange: cpOrNull(flag.valueRange, lineBase),
    options: flag.options.map(option => ({
      name: option.name,
      value: option.value,
      range: cp(option.range, lineBase),
      nameRange: cp(option.nameRange, lineBase),
      valueRange: cpOrNull(option.valueRange, lineBase),
    })),
  }));
}

function propertyRecords(text: InstructionText, lineBase: number): DfProperty[] {
  return text.properties().map(p => ({
    name: p.name,
    nameRange: cp(p.nameRange, lineBase),
    value: p.value,
    valueRange: cpOrNull(p.valueRange, lineBase),
    hasEquals: p.hasEquals,
  }));
}

function fromRecord(text: InstructionText, args: readonly DfToken[], lineBase: number): DfFrom | null {
  const from = text.from();
  if (!from) {
    return null;
  }
  const asArg = args.length >= 2 ? args[1] : undefined;
  return {
    image: from.image ? { value: from.image.value, range: cp(from.image.range, lineBase) } : null,
    imageName: from.imageName,
    tag: from.tag,
    digest: from.digest,
    stage: from.stage ? { value: from.stage.value, range: cp(from.stage.range, lineBase) } : null,
    asKeyword: asArg && asArg.value.toUpperCase() === 'AS' ? { value: asArg.value, range: cp(asArg.range, 0) } : null,
  };
}

function heredocRecords(heredocs: readonly RawHeredoc[], lineBase: number): DfHeredoc[] {
  return heredocs.map(h => ({ name: h.name, startRange: cp(h.startRange, lineBase), endRange: cpOrNull(h.endRange, lineBase) }));
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

const continuation: Record<string, RegExp> = { '\\': /\\[ \t]*\r?\n/g, '`': /`[ \t]*\r?\n/g };

/** Removes line continuations (escape char, optional spaces, newline) from raw argument text. */
export function joinContinuations(raw: string, escape: string): string {
  return raw.indexOf('\n') === -1 ? raw : raw.replace(continuation[escape], '');
}

function parseJson(text: string): readonly string[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every(v => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}

function variableRecords(variables: readonly DfVariable[], lineBase: number): DfVariable[] {
  return variables.map(v => ({ name: v.name, nameRange: cp(v.nameRange, lineBase), range: cp(v.range, lineBase), modifier: v.modifier }));
}

export function extractInstruction(text: InstructionText, lines: LineIndex, lineBase: number): DfInstruction {
  const source = text.source;
  const escape = source.escape;
  const range = text.span.range;
  const rawArgs = text.args();
  const args = rawArgs.map(a => ({ value: a.value, range: cp(a.range, lineBase) }));
  const first = rawArgs[0];
  const last = rawArgs[rawArgs.length - 1];
  const afterFlags = first && last ? joinContinuations(lines.slice({ start: first.range.start, end: last.range.end }), escape).trim() : '';
  const jsonLike = afterFlags.startsWith('[');
  const heredocs = heredocRecords(text.heredocs(), lineBase);
  const trigger = text.trigger();
  const rawText = lines.slice(range).trimEnd();
  const body = first ? joinContinuations(lines.slice({ start: first.range.start, end: range.end }), escape) : '';
  return {
    keyword: text.keyword,
    keywordRaw: text.span.keyword,
    keywordRange: cp(text.span.keywordRange, lineBase),
    range: cp(range, lineBase),
    args,
    argsText: first && last ? joinContinuations(source.content({ start: first.range.start, end: last.range.end }), escape) : '',
    flags: flagRecords(text.flags(), lineBase),
    variables: variableRecords(text.variables(), lineBase),
    body,
    jsonLike,
    json: jsonLike ? parseJson(afterFlags) : null,
    heredocs,
    emptyContinuationLines: emptyLinesOf(range, lines, heredocs, lineBase),
    properties: propertyRecords(text, lineBase),
    from: fromRecord(text, args, lineBase),
    trigger: trigger ? extractInstruction(trigger, lines, lineBase) : null,
    danglingContinuation: rawText.endsWith(escape),
  };
}

/** A comment's text: what follows the `#`, without surrounding blanks. */
export function commentRecord(source: Source, range: Range, lineBase: number): DfComment {
  const start = source.offset(range.start);
  const raw = source.text.substring(start, source.offset(range.end));
  let from = -1;
  for (let i = 1; i < raw.length; i++) {
    if (!isWhitespace(raw.charAt(i))) {
      from = i;
      break;
    }
  }
  let to = -1;
  if (from !== -1) {
    for (let i = raw.length - 1; i >= 1; i--) {
      if (!isWhitespace(raw.charAt(i))) {
        to = i + 1;
        break;
      }
    }
  }
  return { text: from === -1 ? '' : raw.substring(from, to), range: cp(range, lineBase) };
}
