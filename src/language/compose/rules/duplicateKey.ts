import type { ComposeRule } from './ComposeRule';

/**
 * A key written twice in one mapping: YAML keeps one and silently drops the other, so half of
 * what the user wrote never reaches Compose.
 */
export const duplicateKey: ComposeRule = {
  code: 'compose.duplicate-key',
  defaultSeverity: 'error',
  description: 'The same key appears twice in one mapping.',
  check({ doc }, report) {
    for (const error of doc.yaml.errors) {
      if (error.code === 'DUPLICATE_KEY') {
        // The parser may place the error where the key's line begins (after the previous, empty
        // value), so the key itself is the first word after any white space from there.
        const found = /^\s*([^\s:]+)/.exec(doc.text.slice(error.pos[0], error.pos[0] + 200));
        const key = found?.[1] ?? '';
        const start = error.pos[0] + (found ? found[0].length - key.length : 0);
        report(
          doc.toRange(start, start + Math.max(1, key.length)),
          `Duplicate key \`${key}\`: YAML keeps only one of them, so the other is ignored.`,
        );
      }
    }
  },
};
