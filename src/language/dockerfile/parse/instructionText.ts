import { flagsEnd, flagsOf, type RawFlag } from './flags';
import { fromOf, type RawFrom } from './from';
import { heredocsOf, type RawHeredoc } from './heredocs';
import type { DfVariable } from './model';
import { argPropertyOf, isSingleQuotedLiteral, propertiesOf, type RawProperty } from './properties';
import { heredocName, type Source, type Span, type Token } from './source';
import { variablesIn } from './variables';
import { words } from './words';

/**
 * One instruction's text, read once: its words, then flags, arguments, variables, heredocs,
 * properties and the FROM reference, each derived from those words on first use.
 */
export class InstructionText {
  readonly keyword: string;
  private cachedWords: Token[] | undefined;
  private cachedFlags: RawFlag[] | undefined;
  private cachedVariables: DfVariable[] | undefined;

  constructor(
    readonly source: Source,
    readonly span: Span,
  ) {
    this.keyword = span.keyword.toUpperCase();
  }

  /** Every word after the keyword, flags included. */
  words(): Token[] {
    return (this.cachedWords ??= words(this.source, this.span));
  }

  flags(): RawFlag[] {
    if (!this.cachedFlags) {
      const stop = flagsEnd(this.keyword);
      this.cachedFlags = stop ? flagsOf(this.source, this.words(), stop) : [];
    }
    return this.cachedFlags;
  }

  /** The words after the flags (as many words are dropped as there are flags). */
  args(): Token[] {
    const flags = this.flags();
    return flags.length === 0 ? this.words() : this.words().slice(flags.length);
  }

  variables(): DfVariable[] {
    if (!this.cachedVariables) {
      let variables = variablesIn(this.source, this.words());
      if (this.keyword === 'LABEL') {
        for (const property of this.properties()) {
          if (isSingleQuotedLiteral(this.source, property.valueRange)) {
            const range = property.valueRange!;
            variables = variables.filter(v => !isInside(v.range.start, range));
          }
        }
      }
      this.cachedVariables = variables;
    }
    return this.cachedVariables;
  }

  heredocs(): RawHeredoc[] {
    return heredocsOf(this.source, this.args(), this.span.range);
  }

  properties(): RawProperty[] {
    switch (this.keyword) {
      case 'ENV':
      case 'LABEL':
        return propertiesOf(this.source, this.span);
      case 'ARG':
        return argPropertyOf(this.source, this.span);
      default:
        return [];
    }
  }

  from(): RawFrom | null {
    return this.keyword === 'FROM' ? fromOf(this.source, this.args(), this.variables()) : null;
  }

  /** For ONBUILD, the instruction it triggers: from its first word to the end. */
  trigger(): InstructionText | null {
    if (this.keyword !== 'ONBUILD') {
      return null;
    }
    const first = this.words()[0];
    if (!first) {
      return null;
    }
    const span: Span = {
      keyword: this.source.content(first.range),
      keywordRange: first.range,
      range: { start: first.range.start, end: this.span.range.end },
    };
    return new InstructionText(this.source, span);
  }
}

function isInside(position: { line: number; character: number }, range: { start: typeof position; end: typeof position }): boolean {
  if (range.start.line === range.end.line) {
    return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
  }
  if (range.start.line === position.line) {
    return range.start.character <= position.character;
  }
  if (range.end.line === position.line) {
    return position.character <= range.end.character;
  }
  return range.start.line < position.line && position.line < range.end.line;
}

/**
 * The heredoc names an instruction's first line opens (RUN, COPY, ADD, and those under ONBUILD),
 * and whether any is `<<-` (tabs before the delimiter allowed, for all of them).
 */
export function heredocOpeners(source: Source, span: Span): { names: string[]; tabbed: boolean } {
  let text: InstructionText | null = new InstructionText(source, span);
  if (text.keyword === 'ONBUILD') {
    text = text.trigger();
  }
  if (!text || (text.keyword !== 'ADD' && text.keyword !== 'COPY' && text.keyword !== 'RUN')) {
    return { names: [], tabbed: false };
  }
  const names: string[] = [];
  let tabbed = false;
  for (const arg of text.args()) {
    const value = arg.value;
    if (value.startsWith('<<') && value.length > 2) {
      if (value.startsWith('<<-')) {
        tabbed = true;
      }
      const name = heredocName(value);
      if (name !== null) {
        names.push(name);
      }
    }
  }
  return { names, tabbed };
}
