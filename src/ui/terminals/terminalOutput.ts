/** The output a container terminal has shown, kept for callers (tests) up to a limit. No `vscode` import. */
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
