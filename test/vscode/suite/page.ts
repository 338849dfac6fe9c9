// Asks the runner about the workbench page the browser shows (test/vscode/pageBridge.ts).
import type { PageRequest } from '../pageBridge';

export async function askPage<T = unknown>(request: PageRequest): Promise<T> {
  const url = process.env.DOCKHAND_PAGE_BRIDGE;
  if (!url) {
    throw new Error('DOCKHAND_PAGE_BRIDGE is not set: this runner does not drive a browser page (desktop VS Code)');
  }
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(request) });
  const body = (await response.json()) as { value?: T; error?: string };
  if (!response.ok) {
    throw new Error(`the page bridge refused ${request.op}: ${body.error ?? response.status}`);
  }
  return body.value as T;
}

/** The text the browser renders for `selector` once it is visible. */
export function renderedText(selector: string, timeoutMs?: number): Promise<string> {
  return askPage<string>({ op: 'waitFor', selector, ...(timeoutMs ? { timeoutMs } : {}) });
}
