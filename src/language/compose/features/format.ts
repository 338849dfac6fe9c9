import { isDocument, parseDocument } from 'yaml';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import type { ComposeDocument } from '../parse/ComposeDocument';

/**
 * Re-prints the file with consistent indentation, keeping comments, anchors, aliases and quoting
 * style. A file with syntax errors is left alone: re-printing a broken tree would lose text.
 */
export function format(doc: ComposeDocument, options: FormattingOptions): TextEdit[] {
  if (doc.yaml.errors.length > 0) {
    return [];
  }
  // A fresh parse, so formatting never mutates the cached tree other features read.
  const yaml = parseDocument(doc.text, { merge: true, keepSourceTokens: false });
  if (!isDocument(yaml)) {
    return [];
  }
  let formatted: string;
  try {
    formatted = yaml.toString({
      indent: Math.max(1, Math.min(options.tabSize || 2, 8)),
      indentSeq: true,
      lineWidth: 0,
      flowCollectionPadding: true,
    });
  } catch {
    // yaml refuses to print some readable trees, e.g. an alias whose anchor does not exist.
    return [];
  }
  const trimmed = options.trimFinalNewlines === false ? formatted : formatted.replace(/\n+$/, '\n');
  if (trimmed === doc.text) {
    return [];
  }
  return [{ range: doc.toRange(0, doc.text.length), newText: trimmed }];
}
