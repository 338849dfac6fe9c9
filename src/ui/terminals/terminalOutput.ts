/** The output a terminal has shown (its last 256 kB), kept for callers such as tests. No `vscode` import. */
export class KeptOutput {
  private text = '';

  constructor(private readonly limit = 256 * 1024) {}

  add(chunk: string): void {
    this.text = (this.text + chunk).slice(-this.limit);
  }

  get value(): string {
    return this.text;
  }
}

/** A terminal wants CRLF; a container without a TTY writes bare LF. */
export function toTerminalLineEnds(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
