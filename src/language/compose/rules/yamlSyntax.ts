import { visit } from 'yaml';
import { resolve } from '../parse/yamlNodes';
import type { ComposeRule } from './ComposeRule';

/**
 * YAML the parser could not read, and aliases with no anchor. Messages drop the parser's
 * "at line L, column C" tail: the squiggle shows where.
 */
export const yamlSyntax: ComposeRule = {
  code: 'compose.yaml-syntax',
  defaultSeverity: 'error',
  description: 'The file is not valid YAML.',
  check({ doc }, report) {
    for (const error of doc.yaml.errors) {
      if (error.code !== 'DUPLICATE_KEY') {
        const [start, end] = error.pos;
        report(start, Math.max(end, start + 1), `YAML syntax: ${error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '')}`);
      }
    }
    visit(doc.yaml, {
      Alias(_key, alias) {
        if (alias.range && !resolve(doc.yaml, alias)) {
          report(alias.range[0], alias.range[1], `\`*${alias.source}\` refers to no anchor: define \`&${alias.source}\` before using it.`);
        }
      },
    });
  },
};
