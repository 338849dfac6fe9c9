// The extension host's side of the browser channel (../browserChannel.ts): only the vscode tier's
// code-server run has a browser page to ask; under @vscode/test-electron `browser()` is undefined.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserAnswer, BrowserRequest } from '../browserChannel';

let next = 0;

export interface BrowserPage {
  /** The innerText of every element matching the CSS selector, as the page renders it now. */
  texts(selector: string): Promise<string[]>;
  screenshot(file: string): Promise<void>;
}

export function browser(): BrowserPage | undefined {
  const folder = process.env.DOCKHAND_BROWSER_CHANNEL;
  if (!folder) {
    return undefined;
  }
  const ask = async (request: BrowserRequest): Promise<BrowserAnswer> => {
    const id = `${process.pid}-${++next}`;
    const answerFile = path.join(folder, `${id}.answer.json`);
    fs.writeFileSync(path.join(folder, `${id}.request.json.tmp`), JSON.stringify(request));
    fs.renameSync(path.join(folder, `${id}.request.json.tmp`), path.join(folder, `${id}.request.json`));
    const deadline = Date.now() + 30_000;
    while (!fs.existsSync(answerFile)) {
      if (Date.now() > deadline) {
        throw new Error(`the browser did not answer ${JSON.stringify(request)}`);
      }
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    const reply = JSON.parse(fs.readFileSync(answerFile, 'utf8')) as BrowserAnswer;
    fs.rmSync(answerFile);
    if (reply.error) {
      throw new Error(reply.error);
    }
    return reply;
  };
  return {
    texts: async selector => (await ask({ text: selector })).texts ?? [],
    screenshot: async file => {
      await ask({ screenshot: file });
    },
  };
}
