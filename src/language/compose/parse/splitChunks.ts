/** A slice of a compose file that parses on its own: a top-level entry, or one service. */
export interface ChunkSpan {
  readonly start: number;
  readonly text: string;
  readonly isService: boolean;
}

/**
 * Cuts a compose file where an edit cannot reach across: before each top-level key and, under
 * `services:`, before each service. Returns undefined for layouts this does not handle (several
 * documents, a top-level list, flow style `services: {…}`, odd indentation): those are parsed whole.
 */
export function splitChunks(text: string): ChunkSpan[] | undefined {
  const chunks: ChunkSpan[] = [];
  let chunkStart = 0;
  let isService = false;
  let inServices = false;
  let serviceIndent = -1;
  let sawTopLevel = false;
  const cut = (at: number, nextIsService: boolean) => {
    if (at > chunkStart) {
      chunks.push({ start: chunkStart, text: text.slice(chunkStart, at), isService });
    }
    chunkStart = at;
    isService = nextIsService;
  };
  for (let at = 0; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(at, end);
    const indent = line.length - line.trimStart().length;
    const first = line[indent];
    const blankOrComment = first === undefined || first === '\n' || first === '\r' || first === '#';
    if (!blankOrComment) {
      if (line.includes('\t') && indent > 0 && line.slice(0, indent).includes('\t')) {
        return undefined;
      }
      if (indent > 0 && !sawTopLevel) {
        // Content indented before any top-level key: parsed alone it is a fine mapping, but in
        // the whole file the first key at column 0 is an error. Parsed whole.
        return undefined;
      }
      if (indent === 0) {
        sawTopLevel = true;
        // Node properties and indicators (`&anchor key:`, `!tag`, `? key`, quoted keys) can change
        // what the lines after them belong to, which a chunk parsed alone cannot see.
        if (/^(---|\.\.\.|-[ \n]|[[\]{}&*!?|>%@`"'])/.test(line)) {
          return undefined;
        }
        cut(at, false);
        inServices = /^services[ \t]*:[ \t]*(#.*)?\r?\n?$/.test(line);
        serviceIndent = -1;
      } else if (inServices) {
        serviceIndent = serviceIndent < 0 ? indent : serviceIndent;
        if (indent < serviceIndent) {
          return undefined;
        }
        if (indent === serviceIndent) {
          if (first === '-') {
            return undefined;
          }
          cut(at, true);
        }
      }
    }
    at = end;
  }
  cut(text.length, false);
  return chunks;
}
