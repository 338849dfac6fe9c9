// Lets a suite inside the extension host look at and act on the workbench page the runner drives
// (what the browser renders: the quick input widget, a webview's DOM, the views' welcome content).
// An HTTP endpoint on 127.0.0.1 (an ephemeral port) with a per-run token; a few operations only.
import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';

/** What a suite may ask (test/vscode/suite/page.ts sends these). */
export type PageRequest =
  /** Evaluates `expression` in the page, or in every frame whose URL contains `frame`; answers each frame's value. */
  | { readonly op: 'evaluate'; readonly expression: string; readonly frame?: string }
  /** Waits until `selector` is visible in the page, then answers its text. */
  | { readonly op: 'waitFor'; readonly selector: string; readonly timeoutMs?: number }
  | { readonly op: 'press'; readonly key: string }
  | { readonly op: 'type'; readonly text: string }
  /** Writes a PNG of the page to `path` (the README's pictures). */
  | { readonly op: 'screenshot'; readonly path: string };

export interface PageBridge {
  /** `http://127.0.0.1:<port>/<token>`: given to the extension host as DOCKHAND_PAGE_BRIDGE. */
  readonly url: string;
  attach(page: Page): void;
  close(): Promise<void>;
}

export async function startPageBridge(): Promise<PageBridge> {
  const token = randomBytes(16).toString('hex');
  let page: Page | undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url !== `/${token}` || !page) {
        answer(404, { error: 'no such bridge' });
        return;
      }
      handle(page, JSON.parse(Buffer.concat(chunks).toString('utf8')) as PageRequest).then(
        value => answer(200, { value }),
        (err: unknown) => answer(500, { error: err instanceof Error ? err.message : String(err) }),
      );
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${token}`,
    attach: p => (page = p),
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}

async function handle(page: Page, request: PageRequest): Promise<unknown> {
  switch (request.op) {
    case 'evaluate': {
      if (request.frame === undefined) {
        return [await page.evaluate(request.expression)];
      }
      const frames = page.frames().filter((f: Frame) => f.url().includes(request.frame ?? ''));
      return Promise.all(frames.map(f => f.evaluate(request.expression).catch(() => undefined)));
    }
    case 'waitFor': {
      const locator = page.locator(request.selector).first();
      await locator.waitFor({ state: 'visible', timeout: request.timeoutMs ?? 30_000 });
      return locator.innerText();
    }
    case 'press':
      await page.keyboard.press(request.key);
      return undefined;
    case 'type':
      await page.keyboard.type(request.text);
      return undefined;
    case 'screenshot':
      await page.screenshot({ path: request.path });
      return undefined;
  }
}
