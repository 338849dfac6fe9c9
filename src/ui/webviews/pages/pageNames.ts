/** The webview pages esbuild bundles (src/ui/webviews/pages/<name>.page.ts → dist/webviews/<name>.js). */
export const webviewPageNames = ['stats', 'logs'] as const;

export type WebviewPageName = (typeof webviewPageNames)[number];
