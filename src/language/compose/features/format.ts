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
  const formatted = print(yaml, options);
  if (formatted === undefined) {
    return [];
  }
  const trimmed = options.trimFinalNewlines === false ? formatted : formatted.replace(/\n+$/, '\n');
  if (trimmed === doc.text) {
    return [];
  }
  // yaml prints a few odd trees (a lone `?`) differently each time: formatting must settle at once.
  if (reprint(trimmed, options) !== trimmed) {
    return [];
  }
  return [{ range: doc.toRange(0, doc.text.length), newText: trimmed }];
}

function print(yaml: ReturnType<typeof parseDocument>, options: FormattingOptions): string | undefined {
  try {
    return yaml.toString({
      indent: Math.max(1, Math.min(options.tabSize || 2, 8)),
      indentSeq: true,
      lineWidth: 0,
      flowCollectionPadding: true,
    });
  } catch {
    // yaml refuses to print some readable trees, e.g. an alias whose anchor does not exist.
    return undefined;
  }
}

function reprint(text: string, options: FormattingOptions): string | undefined {
  const again = print(parseDocument(text, { merge: true, keepSourceTokens: false }), options);
  return again === undefined || options.trimFinalNewlines === false ? again : again.replace(/\n+$/, '\n');
}
