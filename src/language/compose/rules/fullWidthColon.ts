import { keyWithFullWidthColon } from '../parse/fullWidthColons';
import type { ComposeRule } from './ComposeRule';

/**
 * `image：node:alpine` typed with a Chinese/Japanese input method: `：` (U+FF1A) looks like a colon
 * but YAML does not see a key there, and the parser's own error ("implicit keys need to be on a
 * single line") does not say why. Only colons where a key ends are flagged; text values may hold any character.
 */
export const fullWidthColon: ComposeRule = {
  code: 'compose.full-width-colon',
  defaultSeverity: 'error',
  description: 'A full-width colon `：` is used where YAML needs `:`.',
  check({ doc }, report) {
    const keyThenColon = new RegExp(keyWithFullWidthColon.source, 'gm');
    for (let match = keyThenColon.exec(doc.text); match; match = keyThenColon.exec(doc.text)) {
      const colon = match.index + match[0].length - 1;
      report(
        doc.toRange(colon, colon + 1),
        `\`：\` is a full-width colon (U+FF1A), which YAML does not read as a separator, so \`${match[2].trim()}\` is not a key. Type an ASCII \`:\` followed by a space.`,
      );
    }
  },
};
