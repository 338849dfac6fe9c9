/**
 * Reassembles text that arrives in arbitrary pieces into whole lines. The classic builder, for
 * one, sends "Step 2/4 : RUN make" and its newline as two separate records.
 */
export class LineBuffer {
  private pending = '';

  /** The lines that `text` completes. */
  push(text: string): string[] {
    this.pending += text;
    const parts = this.pending.split('\n');
    this.pending = parts.pop() ?? '';
    return parts.map(line => (line.endsWith('\r') ? line.slice(0, -1) : line));
  }

  /** The last, unterminated line, if any. */
  flush(): string[] {
    const rest = this.pending;
    this.pending = '';
    return rest ? [rest] : [];
  }
}
