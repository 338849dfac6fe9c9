import type { Position, Range } from 'vscode-languageserver-types';
import { rangeContains } from '../../common/lineIndex';
import type { DfDocument, DfInstruction } from '../parse/model';
import { globalArgs, instructionIndexAt, scopeBefore, stageAt, stageByName } from '../parse/scope';

export interface SymbolTarget {
  readonly kind: 'stage' | 'variable';
  readonly name: string;
  /** The range under the position. */
  readonly range: Range;
  readonly index: number;
}

/** The stage name or variable under the position. */
export function targetAt(doc: DfDocument, at: Position): SymbolTarget | undefined {
  const index = instructionIndexAt(doc, at.line);
  const ins = index >= 0 ? doc.instructions[index] : undefined;
  if (!ins) {
    return undefined;
  }
  for (const v of ins.variables) {
    if (rangeContains(v.nameRange, at)) {
      return { kind: 'variable', name: v.name, range: v.nameRange, index };
    }
  }
  for (const p of ins.keyword === 'ARG' || ins.keyword === 'ENV' ? ins.properties : []) {
    if (rangeContains(p.nameRange, at)) {
      return { kind: 'variable', name: p.name, range: p.nameRange, index };
    }
  }
  const stage = ins.from?.stage;
  if (stage && rangeContains(stage.range, at)) {
    return { kind: 'stage', name: stage.value, range: stage.range, index };
  }
  const image = ins.from?.image;
  if (image && rangeContains(image.range, at) && stageByName(doc, image.value)) {
    return { kind: 'stage', name: image.value, range: image.range, index };
  }
  const from = ins.keyword === 'COPY' ? ins.flags.find(f => f.name === 'from') : undefined;
  if (from?.valueRange && from.value && rangeContains(from.valueRange, at) && stageByName(doc, from.value)) {
    return { kind: 'stage', name: from.value, range: from.valueRange, index };
  }
  return undefined;
}

export interface Occurrence {
  readonly range: Range;
  readonly declaration: boolean;
}

/** Every place the stage or variable is named; variables within the region they are visible in. */
export function occurrences(doc: DfDocument, target: SymbolTarget): Occurrence[] {
  const found: Occurrence[] = [];
  if (target.kind === 'stage') {
    const lower = target.name.toLowerCase();
    for (const ins of doc.instructions) {
      const from = ins.from;
      if (from?.stage?.value.toLowerCase() === lower) {
        found.push({ range: from.stage.range, declaration: true });
      }
      if (from?.image?.value.toLowerCase() === lower) {
        found.push({ range: from.image.range, declaration: false });
      }
      const flag = ins.keyword === 'COPY' ? ins.flags.find(f => f.name === 'from') : undefined;
      if (flag?.valueRange && flag.value?.toLowerCase() === lower) {
        found.push({ range: flag.valueRange, declaration: false });
      }
    }
    return found;
  }
  for (const ins of variableRegion(doc, target.index)) {
    for (const p of ins.keyword === 'ARG' || ins.keyword === 'ENV' ? ins.properties : []) {
      if (p.name === target.name) {
        found.push({ range: p.nameRange, declaration: true });
      }
    }
    for (const v of ins.variables) {
      if (v.name === target.name) {
        found.push({ range: v.nameRange, declaration: false });
      }
    }
  }
  return found;
}

/**
 * The instructions a variable can be seen from. A global ARG (declared before the first FROM, or
 * used in a FROM line) lives in the preamble and the FROM lines. A stage's ARG/ENV lives in its
 * stage and in the stages built FROM it (which inherit its ENV).
 */
function variableRegion(doc: DfDocument, index: number): DfInstruction[] {
  const stage = stageAt(doc, index);
  if (!stage || doc.instructions[index].keyword === 'FROM') {
    return [...doc.instructions.slice(0, doc.stages[0]?.first ?? doc.instructions.length), ...doc.stages.map(s => s.from)];
  }
  const region: DfInstruction[] = [];
  const names = new Set<string>();
  for (const s of doc.stages.slice(stage.index)) {
    const parent = s.from.from?.image?.value.toLowerCase() ?? '';
    if (s === stage || names.has(parent)) {
      region.push(...doc.instructions.slice(s.first + 1, s.last + 1));
      if (s.name) {
        names.add(s.name.toLowerCase());
      }
    }
  }
  return region;
}

/** Where the target is defined: the stage's FROM, or the ARG/ENV in scope at its use. */
export function definitionOf(doc: DfDocument, target: SymbolTarget): Range | undefined {
  if (target.kind === 'stage') {
    return stageByName(doc, target.name)?.from.from?.stage?.range;
  }
  const ins = doc.instructions[target.index];
  const scope = ins.keyword === 'FROM' ? globalArgs(doc) : scopeBefore(doc, target.index);
  return scope.get(target.name)?.nameRange ?? ins.properties.find(p => p.name === target.name)?.nameRange;
}
