// How suites running in the extension host ask the headless Chromium page that shows the
// workbench for what only the browser knows: a view's text as rendered, or a screenshot. Requests
// and answers are small JSON files in a folder both sides see (DOCKHAND_BROWSER_CHANNEL).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

/** One question: the innerText of the elements matching `text`, or a screenshot written to `screenshot`. */
export interface BrowserRequest {
  readonly text?: string;
  readonly screenshot?: string;
}

export interface BrowserAnswer {
  readonly texts?: string[];
  readonly error?: string;
}

export const browserChannelVariable = 'DOCKHAND_BROWSER_CHANNEL';

/** Answers the requests that appear in `folder` until the returned function is called. */
export function serveBrowserRequests(page: Page, folder: string): () => void {
  fs.mkdirSync(folder, { recursive: true });
  let busy = false;
  const answer = async () => {
    if (busy) {
      return;
    }
    busy = true;
    try {
      for (const name of fs.readdirSync(folder).filter(n => n.endsWith('.request.json'))) {
        const file = path.join(folder, name);
        const request = JSON.parse(fs.readFileSync(file, 'utf8')) as BrowserRequest;
        fs.rmSync(file);
        let reply: BrowserAnswer;
        try {
          if (request.screenshot) {
            await page.screenshot({ path: request.screenshot });
          }
          const texts = request.text ? await page.locator(request.text).allInnerTexts() : undefined;
          reply = texts ? { texts } : {};
        } catch (err) {
          reply = { error: err instanceof Error ? err.message : String(err) };
        }
        const out = path.join(folder, name.replace('.request.json', '.answer.json'));
        fs.writeFileSync(`${out}.tmp`, JSON.stringify(reply));
        fs.renameSync(`${out}.tmp`, out);
      }
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void answer(), 100);
  return () => clearInterval(timer);
}
