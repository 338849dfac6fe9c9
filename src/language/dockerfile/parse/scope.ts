import type { Range } from 'vscode-languageserver-types';
import type { DfDocument, DfInstruction, DfStage } from './model';

export interface VariableDefinition {
  readonly name: string;
  readonly kind: 'ARG' | 'ENV';
  /** Null for `ARG NAME` with no default (and no global default to inherit). */
  readonly value: string | null;
  readonly nameRange: Range;
  readonly instruction: DfInstruction;
}

export type Scope = Map<string, VariableDefinition>;

/** ARGs declared before the first FROM: the only variables FROM lines can use. */
export function globalArgs(doc: DfDocument): Scope {
  const scope: Scope = new Map();
  for (const ins of doc.instructions) {
    if (ins.keyword === 'FROM') {
      break;
    }
    if (ins.keyword === 'ARG') {
      defineAll(scope, ins, undefined);
    }
  }
  return scope;
}

/** Adds the ARG/ENV instruction's names to the scope. */
export function defineAll(scope: Scope, ins: DfInstruction, globals: Scope | undefined): void {
  for (const p of ins.properties) {
    // A stage's `ARG NAME` without a default takes the global default, as the builder does.
    const value = p.value ?? (ins.keyword === 'ARG' ? (globals?.get(p.name)?.value ?? null) : null);
    scope.set(p.name, { name: p.name, kind: ins.keyword === 'ENV' ? 'ENV' : 'ARG', value, nameRange: p.nameRange, instruction: ins });
  }
}

export function stageAt(doc: DfDocument, instructionIndex: number): DfStage | undefined {
  let found: DfStage | undefined;
  for (const stage of doc.stages) {
    if (stage.first > instructionIndex) {
      break;
    }
    found = stage;
  }
  return found;
}

export function stageByName(doc: DfDocument, name: string, before = Number.MAX_SAFE_INTEGER): DfStage | undefined {
  const lower = name.toLowerCase();
  return doc.stages.find(s => s.index < before && s.name?.toLowerCase() === lower);
}

/**
 * Variables an instruction can use: for FROM the global ARGs; inside a stage the ENVs inherited
 * from a parent stage of this file, then the stage's own ARG/ENV up to (not including) it.
 */
export function scopeBefore(doc: DfDocument, instructionIndex: number, globals = globalArgs(doc)): Scope {
  const stage = stageAt(doc, instructionIndex);
  return !stage || stage.first === instructionIndex ? new Map(globals) : stageScope(doc, stage, instructionIndex, globals, 0);
}

/**
 * ENVs in effect at the end of a stage, which a stage built FROM it inherits. Stage records are
 * new with every parse, so memoizing on them lasts exactly one document version and keeps long
 * FROM chains linear.
 */
const envAtEnd = new WeakMap<DfStage, Scope>();

function inheritedEnv(doc: DfDocument, stage: DfStage, globals: Scope, depth: number): Scope {
  let env = envAtEnd.get(stage);
  if (!env) {
    env = new Map([...stageScope(doc, stage, stage.last + 1, globals, depth)].filter(([, d]) => d.kind === 'ENV'));
    envAtEnd.set(stage, env);
  }
  return env;
}

/** The stage's variables before `endExclusive`: ENVs inherited from its parent stage, then its own ARG/ENV. */
function stageScope(doc: DfDocument, stage: DfStage, endExclusive: number, globals: Scope, depth: number): Scope {
  const parentName = stage.from.from?.image?.value;
  const parent = parentName && depth < 64 ? stageByName(doc, parentName, stage.index) : undefined;
  const scope: Scope = new Map(parent ? inheritedEnv(doc, parent, globals, depth + 1) : []);
  for (let i = stage.first + 1; i < endExclusive; i++) {
    const ins = doc.instructions[i];
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
      defineAll(scope, ins, globals);
    }
  }
  return scope;
}

/** Index of the instruction at or containing `line`, or -1. Binary search: instructions are in order. */
export function instructionIndexAt(doc: DfDocument, line: number): number {
  let low = 0;
  let high = doc.instructions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = doc.instructions[mid].range;
    if (line < range.start.line) {
      high = mid - 1;
    } else if (line > range.end.line) {
      low = mid + 1;
    } else {
      return mid;
    }
  }
  return -1;
}

/** Index of the last instruction starting at or before `line`, or -1. */
export function instructionIndexBefore(doc: DfDocument, line: number): number {
  let low = 0;
  let high = doc.instructions.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (doc.instructions[mid].range.start.line <= line) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
