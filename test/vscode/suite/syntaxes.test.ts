import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openWorkspaceFile } from './helpers';
import { askPage } from './page';

/**
 * The TextMate scopes VS Code gives the token at `position`: in code-server through the
 * "Inspect Editor Tokens and Scopes" widget as the page renders it, in desktop VS Code (no page
 * bridge) through the workbench's internal capture command.
 */
async function scopesAt(editor: vscode.TextEditor, position: vscode.Position, word: string): Promise<string> {
  if (!process.env.DOCKHAND_PAGE_BRIDGE) {
    const tokens = await vscode.commands.executeCommand<{ c: string; t: string }[]>('_workbench.captureSyntaxTokens', editor.document.uri);
    return tokens
      .filter(t => t.c === word)
      .map(t => t.t)
      .join('\n');
  }
  editor.selection = new vscode.Selection(position, position);
  await vscode.window.showTextDocument(editor.document, { selection: editor.selection, preserveFocus: false });
  await vscode.commands.executeCommand('editor.action.inspectTMScopes');
  // Resolves in the page once the widget shows this token (checked every frame), not the previous one.
  const expression = `new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = () => {
      const text = document.querySelector('.token-inspect-widget')?.textContent ?? '';
      if (text.includes(${JSON.stringify(word)})) resolve(text);
      else if (Date.now() - start > 20000) reject(new Error('the inspect widget shows: ' + text));
      else requestAnimationFrame(tick);
    };
    tick();
  })`;
  const [widget] = await askPage<string[]>({ op: 'evaluate', expression });
  await vscode.commands.executeCommand('editor.action.inspectTMScopes'); // toggles the widget off again
  return widget;
}

describe('Dockhand grammars in VS Code', function () {
  this.timeout(90_000);

  it('gives the command words of a RUN line shell scopes', async () => {
    const editor = await openWorkspaceFile(
      'grammar/Dockerfile',
      'FROM dockhand-test/busybox:base\nRUN --mount=type=cache,target=/tmp/c echo back\n',
    );
    assert.equal(editor.document.languageId, 'dockerfile');
    const scopes = await scopesAt(editor, new vscode.Position(1, 40), 'echo');
    assert.match(scopes, /entity\.name\.command\.shell/);
    assert.match(scopes, /meta\.embedded\.line\.shell/);
  });

  it('marks ${VAR:-default} in a compose file with interpolation scopes', async () => {
    const editor = await openWorkspaceFile('grammar/compose.yaml', 'services:\n  web:\n    image: "nginx:${NGINX_TAG:-1.25}"\n');
    assert.equal(editor.document.languageId, 'dockercompose');
    const scopes = await scopesAt(editor, new vscode.Position(2, 22), 'NGINX_TAG');
    assert.match(scopes, /variable\.other\.dockercompose/);
  });

  it('opens .dockerignore as the dockerignore language with its grammar', async () => {
    const editor = await openWorkspaceFile('grammar/.dockerignore', '# output\n!keep.log\n');
    assert.equal(editor.document.languageId, 'dockerignore');
    const scopes = await scopesAt(editor, new vscode.Position(1, 3), 'keep.log');
    assert.match(scopes, /meta\.pattern\.exception\.dockerignore/);
  });
});
