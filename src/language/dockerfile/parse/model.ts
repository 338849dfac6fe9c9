import type { Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../../common/lineIndex';

/**
 * Our plain-data view of a parsed Dockerfile, made by our own tokenizer (see scan.ts). Every range
 * is a fresh object owned by one record, so records can be reused after an edit: shifting the lines
 * of instructions below an edit is a cheap in-place walk (see splice.ts).
 */
export interface DfToken {
  readonly value: string;
  readonly range: Range;
}

export interface DfFlagOption {
  readonly name: string;
  readonly value: string | null;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range | null;
}

export interface DfFlag {
  /** Without the leading dashes. */
  readonly name: string;
  readonly value: string | null;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range | null;
  readonly options: readonly DfFlagOption[];
}

export interface DfVariable {
  readonly name: string;
  readonly nameRange: Range;
  readonly range: Range;
  /** `-`, `+`, `:-`, `:+`, `?`… when written `${NAME:-default}`; such a use is guarded. */
  readonly modifier: string | null;
}

export interface DfProperty {
  readonly name: string;
  readonly nameRange: Range;
  readonly value: string | null;
  readonly valueRange: Range | null;
  /** False for the legacy `ENV key value` form. */
  readonly hasEquals: boolean;
}

export interface DfHeredoc {
  readonly name: string;
  readonly startRange: Range;
  /** Null when the closing delimiter line is missing. */
  readonly endRange: Range | null;
}

export interface DfFrom {
  readonly image: DfToken | null;
  readonly imageName: string | null;
  readonly tag: string | null;
  readonly digest: string | null;
  readonly stage: DfToken | null;
  /** The `AS` keyword as written, for casing checks. */
  readonly asKeyword: DfToken | null;
}

export interface DfInstruction {
  /** Upper-cased keyword. */
  readonly keyword: string;
  /** The keyword as written. */
  readonly keywordRaw: string;
  readonly keywordRange: Range;
  readonly range: Range;
  /** Arguments after the flags, split as dockerfile-ast split them (quotes kept; see words.ts). */
  readonly args: readonly DfToken[];
  /** The arguments text with continuations removed, flags included. */
  readonly argsText: string;
  readonly flags: readonly DfFlag[];
  readonly variables: readonly DfVariable[];
  /** Everything after the flags, continuations joined (heredoc bodies included). */
  readonly body: string;
  /** The arguments start with `[` (an attempted exec form). */
  readonly jsonLike: boolean;
  /** The parsed exec form when the arguments are a valid JSON string array. */
  readonly json: readonly string[] | null;
  readonly heredocs: readonly DfHeredoc[];
  readonly properties: readonly DfProperty[];
  readonly from: DfFrom | null;
  /** For ONBUILD, the instruction it triggers. */
  readonly trigger: DfInstruction | null;
  /** Blank lines inside the instruction's continuation (not inside heredoc bodies). */
  readonly emptyContinuationLines: readonly Range[];
  /** The last non-blank line of the instruction ends with the escape character. */
  readonly danglingContinuation: boolean;
}

export interface DfComment {
  readonly text: string;
  readonly range: Range;
}

export interface DfDirective {
  readonly name: string;
  readonly value: string;
  readonly range: Range;
  readonly valueRange: Range;
}

export interface DfStage {
  readonly index: number;
  readonly from: DfInstruction;
  /** Indices into DfDocument.instructions, the FROM included. */
  readonly first: number;
  readonly last: number;
  readonly name: string | null;
}

export interface DfDocument {
  readonly text: string;
  readonly lines: LineIndex;
  readonly escape: string;
  readonly directives: readonly DfDirective[];
  readonly instructions: readonly DfInstruction[];
  readonly comments: readonly DfComment[];
  readonly stages: readonly DfStage[];
  /** How the last parse was done, for tests and the benchmark. */
  readonly parsedBy: 'full' | 'splice';
}
