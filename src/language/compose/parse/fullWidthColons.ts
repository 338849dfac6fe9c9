/**
 * A key followed by a full-width colon (`image：node:alpine`, typed with a CJK input method).
 * Shared by the rule that reports it and the parser that works around it.
 */
export const keyWithFullWidthColon = /^([ \t]*(?:-[ \t]+)?)([^\s#:：'"][^#:：]*?)[ \t]*：/gm;

/**
 * The text with such lines blanked out (same length, so offsets hold). Otherwise YAML glues the
 * line to the next key ("implicit keys need to be on a single line") and every key after it in
 * that mapping is lost; the full-width-colon rule still reports the line from the original text.
 */
export function blankFullWidthColonLines(text: string): string {
  if (!text.includes('：')) {
    return text;
  }
  return text.replace(/^.*$/gm, line => (new RegExp(keyWithFullWidthColon.source).test(line) ? ' '.repeat(line.length) : line));
}
