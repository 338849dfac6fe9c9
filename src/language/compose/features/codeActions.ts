import { CodeActionKind, type CodeAction, type CodeActionContext } from 'vscode-languageserver-types';
import type { ComposeDocument } from '../parse/ComposeDocument';

/** Quick fixes for diagnostics that name the likely intended word ("did you mean `volumes`?"). */
export function codeActions(doc: ComposeDocument, context: CodeActionContext): CodeAction[] {
  return context.diagnostics.flatMap(diagnostic => {
    const suggestion = diagnostic.source === 'dockhand' ? /did you mean `([^`]+)`\?/.exec(diagnostic.message)?.[1] : undefined;
    if (!suggestion) {
      return [];
    }
    return [
      {
        title: `Change to \`${suggestion}\``,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [doc.uri]: [{ range: diagnostic.range, newText: suggestion }] } },
      },
    ];
  });
}
