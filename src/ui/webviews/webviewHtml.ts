import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { WebviewPageName } from './pages/pageNames';

/**
 * The one HTML shell of every Dockhand webview. The page itself is a browser bundle that esbuild
 * writes to dist/webviews/<page>.js from src/ui/webviews/pages/<page>.ts; the shell only loads it
 * under a strict Content-Security-Policy (no inline script but the nonce'd state, nothing remote)
 * and hands it its first state, so the first paint needs no round trip to the extension host.
 */
export function webviewPageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPageName, state: unknown): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(pagesRoot(extensionUri), `${page}.js`));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<script nonce="${nonce}" type="application/json" id="dockhand-state">${jsonForScript(state)}</script>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

/** Webview options for a page: scripts on, and only the page bundles readable. */
export function webviewPageOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [pagesRoot(extensionUri)] };
}

function pagesRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webviews');
}

/** JSON that cannot end the script element it sits in (`</script>`, `<!--`) whatever the strings hold. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value ?? null).replace(/</g, '\\u003c');
}
