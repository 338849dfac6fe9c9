import type { Position, Range } from 'vscode-languageserver-types';

/**
 * The one offset ↔ position conversion of the language service (Dockerfile and Compose parses,
 * slices being re-parsed, fixtures). Line starts are computed once; lookups are a binary search.
 * A character past the end of its line means the end of that line, as LSP specifies.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) {
      return this.text.length;
    }
    const start = this.lineStart(position.line);
    // The line ends before its line break (\n, or \r\n).
    let end = position.line + 1 < this.starts.length ? this.starts[position.line + 1] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13 && end < this.text.length) {
      end--;
    }
    return Math.min(start + Math.max(0, position.character), end);
  }

  positionAt(offset: number): Position {
    let at = Math.max(0, Math.min(offset, this.text.length));
    // An offset between the \r and the \n of a line end is the end of that line.
    if (this.text.charCodeAt(at - 1) === 13 && this.text.charCodeAt(at) === 10) {
      at--;
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= at) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return { line: low, character: at - this.starts[low] };
  }

  slice(range: Range): string {
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$/, '');
  }
}

/** True when `position` lies within `range`, ends included. */
export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}
