import type { Range } from 'vscode-languageserver-types';
import type { DfVariable } from './model';
import type { Source, Token } from './source';

export interface RawFrom {
  readonly image: Token | null;
  readonly imageName: string | null;
  readonly tag: string | null;
  readonly digest: string | null;
  readonly stage: Token | null;
}

/**
 * A FROM's image reference cut into name, tag and digest, and its `AS name`, as dockerfile-ast
 * 0.7.1 cuts them: a `:` or `@` inside a variable (`${TAG:-x}`) does not count.
 */
export function fromOf(source: Source, args: readonly Token[], variables: readonly DfVariable[]): RawFrom {
  const image = args.length > 0 ? args[0] : null;
  const stage = args.length > 2 && args[1].value.toUpperCase() === 'AS' ? args[2] : null;
  if (!image) {
    return { image: null, imageName: null, tag: null, digest: null, stage: null };
  }
  const reference = new ImageReference(source, image.range, variables);
  return {
    image,
    imageName: reference.name(),
    tag: reference.tag(),
    digest: reference.digest(),
    stage: stage ? { value: source.content(stage.range), range: stage.range } : null,
  };
}

class ImageReference {
  constructor(
    private readonly source: Source,
    private readonly range: Range,
    private readonly variables: readonly DfVariable[],
  ) {}

  tag(): string | null {
    const range = this.tagRange();
    return range && this.source.content(range);
  }

  digest(): string | null {
    const range = this.digestRange();
    return range && this.source.content(range);
  }

  name(): string | null {
    const range = this.nameRange();
    const imageName = this.source.content(range);
    const escape = this.source.escape;
    let commented = false;
    let escaped = false;
    let name = '';
    for (let i = 0; i < imageName.length; i++) {
      const ch = imageName.charAt(i);
      if (ch === escape) {
        escaped = true;
      } else if (ch === '\r') {
        continue;
      } else if (ch === '\n') {
        commented = false;
      } else if (ch === ' ' || ch === '\t') {
        continue;
      } else if (ch === '#') {
        if (escaped) {
          commented = true;
        } else {
          name += ch;
          escaped = false;
        }
      } else if (!commented) {
        name += ch;
        escaped = false;
      }
    }
    return name;
  }

  private copy(): { start: Range['start']; end: Range['end'] } {
    return { start: { ...this.range.start }, end: { ...this.range.end } };
  }

  /** The image range without the tag or digest (and without a registry host). */
  private nameRange(): Range {
    const range = this.copy();
    const registry = this.registryRange();
    if (registry) {
      range.start = this.source.position(this.source.offset(registry.end) + 1);
    }
    this.trimTagOrDigest(range);
    return range;
  }

  private trimTagOrDigest(range: { start: Range['start']; end: Range['end'] }): void {
    const tag = this.tagRange();
    const digest = this.digestRange();
    if (tag !== null) {
      range.end = this.source.position(this.source.offset(tag.start) - 1);
    } else if (digest !== null) {
      range.end = this.source.position(this.source.offset(digest.start) - 1);
    }
  }

  private registryRange(): Range | null {
    const range = this.copy();
    this.trimTagOrDigest(range);
    const content = this.source.content(range);
    const start = this.source.offset(range.start);
    const slash = this.indexOf(start, content, '/');
    if (slash === -1) {
      return null;
    }
    if (this.indexOf(start, content, ':') !== -1 || this.indexOf(start, content, '.') !== -1) {
      return { start: range.start, end: this.source.position(start + slash) };
    }
    return content.substring(0, slash) === 'localhost' ? { start: range.start, end: this.source.position(start + slash) } : null;
  }

  private tagRange(): Range | null {
    const range = this.range;
    const start = this.source.offset(range.start);
    const content = this.source.content(range);
    const at = this.indexOf(start, content, '@');
    const slash = content.indexOf('/');
    if (at === -1) {
      const colon = this.lastIndexOf(start, content, ':');
      if (colon > slash) {
        return { start: this.source.position(start + colon + 1), end: range.end };
      }
    }
    const before = content.substring(0, at);
    const colon = before.indexOf(':');
    if (colon === -1) {
      return null;
    }
    if (slash === -1) {
      return { start: this.source.position(start + colon + 1), end: this.source.position(start + at) };
    }
    if (colon < slash) {
      return null;
    }
    return { start: this.source.position(start + colon + 1), end: this.source.position(start + before.length) };
  }

  private digestRange(): Range | null {
    const range = this.range;
    const index = this.lastIndexOf(this.source.offset(range.start), this.source.content(range), '@');
    if (index === -1) {
      return null;
    }
    // Characters counted on the start's line, as dockerfile-ast does.
    return { start: { line: range.start.line, character: range.start.character + index + 1 }, end: { ...range.end } };
  }

  /** The first `search` that is not inside a variable. */
  private indexOf(documentOffset: number, content: string, search: string): number {
    let index = content.indexOf(search);
    for (let i = 0; i < this.variables.length; i++) {
      const position = documentOffset + index;
      const variable = this.variables[i].range;
      const end = this.source.offset(variable.end);
      if (this.source.offset(variable.start) < position && position < end) {
        const offset = end - documentOffset;
        const subIndex = content.substring(offset).indexOf(search);
        if (subIndex === -1) {
          return -1;
        }
        index = subIndex + offset;
        i = -1;
      }
    }
    return index;
  }

  /** The last `search` that is not inside a variable. */
  private lastIndexOf(documentOffset: number, content: string, search: string): number {
    let index = content.lastIndexOf(search);
    for (let i = 0; i < this.variables.length; i++) {
      const position = documentOffset + index;
      const variable = this.variables[i].range;
      if (this.source.offset(variable.start) < position && position < this.source.offset(variable.end)) {
        index = content.substring(0, index).lastIndexOf(search);
        if (index === -1) {
          return -1;
        }
        i = -1;
      }
    }
    return index;
  }
}
