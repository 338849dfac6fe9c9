// Random edits as an editor makes them: each is applied to the previous version of the same
// document, so that the incremental paths (compose chunk reuse, Dockerfile instruction splicing)
// run on every case, not only whole-file parses.

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * The edited text as an editor hands it over: VS Code normalizes line ends, so a lone \r (left
 * when an edit cuts a \r\n in two) arrives as a line break; \r\n and \n stay as they are.
 */
export function applyEdit(text: string, edit: Edit): string {
  return (text.slice(0, edit.start) + edit.newText + text.slice(edit.end)).replace(/\r(?!\n)/g, '\n');
}

/** One random edit of `text`: a fragment typed, a span deleted or replaced, a line duplicated or moved, a seed piece pasted. */
export function randomEdit(text: string, random: () => number, fragments: readonly string[], seeds: readonly string[]): Edit {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const at = Math.floor(random() * (text.length + 1));
  const choice = random();
  if (choice < 0.35) {
    return { start: at, end: at, newText: pick(fragments) };
  }
  if (choice < 0.55) {
    return { start: at, end: Math.min(text.length, at + 1 + Math.floor(random() * 16)), newText: '' };
  }
  if (choice < 0.65) {
    return {
      start: at,
      end: Math.min(text.length, at + Math.floor(random() * 4)),
      newText: String.fromCharCode(32 + Math.floor(random() * 95)),
    };
  }
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
  const line = text.slice(lineStart, lineEnd);
  if (choice < 0.75) {
    return { start: lineStart, end: lineStart, newText: line.endsWith('\n') ? line : `${line}\n` };
  }
  if (choice < 0.82) {
    return { start: lineStart, end: lineEnd, newText: '' };
  }
  // A piece of a real file pasted at a line start: new services, stages, blocks.
  const seed = pick(seeds);
  const from = Math.floor(random() * seed.length);
  return { start: lineStart, end: lineStart, newText: seed.slice(from, from + 20 + Math.floor(random() * 200)) };
}
