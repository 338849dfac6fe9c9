/**
 * The browser side of the webview shell (src/ui/webviews/webviewHtml.ts): the first state the
 * extension embedded in the page, and the typed message channel to the extension host.
 */

interface VsCodeApi {
  postMessage(message: unknown): void;
  setState(state: unknown): void;
  getState(): unknown;
}

declare function acquireVsCodeApi(): VsCodeApi;

/**
 * What the page and the extension host say to each other: `In` reaches the page, `Out` leaves it;
 * `Initial` is the state the page was rendered with, when it differs from the messages.
 */
export interface PageHost<In, Out, Initial = In> {
  /** The state the extension rendered the page with. */
  readonly initial: Initial;
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

export function connectPage<In, Out, Initial = In>(): PageHost<In, Out, Initial> {
  const api = acquireVsCodeApi();
  const element = document.getElementById('dockhand-state');
  const initial = JSON.parse(element?.textContent ?? 'null') as Initial;
  return {
    initial,
    post: message => api.postMessage(message),
    onMessage: listener => window.addEventListener('message', (event: MessageEvent<In>) => listener(event.data)),
  };
}

/** An element with its class and children, the only DOM building the pages do. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  node.append(...children);
  return node;
}

/** An SVG element with its attributes (charts drawn by the page's own code, no library). */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  ...children: Node[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, String(value));
  }
  node.append(...children);
  return node;
}

/**
 * Adds the page's style sheet. Colours come from VS Code's theme variables only, so light, dark
 * and high-contrast themes all read well; high-contrast themes also get visible borders.
 */
export function addStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = `${baseCss}\n${css}`;
  document.head.append(style);
}

const baseCss = `
body {
  font-family: var(--vscode-font-family);
  font-size: var(--vscode-font-size);
  color: var(--vscode-foreground);
  background: var(--vscode-editor-background);
}
pre, code, .mono {
  font-family: var(--vscode-editor-font-family);
  font-size: var(--vscode-editor-font-size);
}
button {
  color: var(--vscode-button-foreground);
  background: var(--vscode-button-background);
  border: 1px solid var(--vscode-button-border, transparent);
  padding: 2px 8px;
  cursor: pointer;
}
button:hover { background: var(--vscode-button-hoverBackground); }
input, select {
  color: var(--vscode-input-foreground);
  background: var(--vscode-input-background);
  border: 1px solid var(--vscode-input-border, transparent);
}
body.vscode-high-contrast button, body.vscode-high-contrast input { border-color: var(--vscode-contrastBorder); }
`;
