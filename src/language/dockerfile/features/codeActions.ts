import { CodeActionKind, type CodeAction, type CodeActionContext } from 'vscode-languageserver-types';
import type { DfDocument } from '../parse/model';
import { fixesFor, suppressFix, type Fix } from './quickFixes';

export function codeActions(doc: DfDocument, uri: string, context: CodeActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const toAction = (fix: Fix, diagnostic: CodeActionContext['diagnostics'][number], preferred: boolean): CodeAction => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: fix.edits } },
  });
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== 'dockhand') {
      continue;
    }
    for (const fix of fixesFor(doc, diagnostic)) {
      if (fix.edits.length > 0) {
        actions.push(toAction(fix, diagnostic, true));
      }
    }
    const suppress = suppressFix(doc, diagnostic);
    if (suppress) {
      actions.push(toAction(suppress, diagnostic, false));
    }
  }
  return actions;
}
