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
        const start = error.pos[0];
        const key = /^[^\s:]+/.exec(doc.text.slice(start, start + 200))?.[0] ?? '';
        report(
          doc.toRange(start, start + Math.max(1, key.length)),
          `Duplicate key \`${key}\`: YAML keeps only one of them, so the other is ignored.`,
        );
      }
    }
  },
};
