import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * How a vscode-tier test sees what the browser shows. The suites run in the extension host, which
 * cannot reach the workbench page; the driver (runInCodeServer) can. A test writes
 * `<id>.request.json` into the folder named by DOCKHAND_PAGE_BRIDGE, the driver answers with
 * `<id>.response.json` holding what the page rendered for the request's CSS selector.
 */
export interface PageElement {
  readonly text: string;
  readonly className: string;
  /** The computed CSS colour, e.g. `rgb(220, 220, 170)`. */
  readonly color: string;
}

export interface PageRequest {
  readonly selector: string;
  /** When set, the driver first waits (up to its own timeout) until a matching element's text contains this. */
  readonly containing?: string;
}

export type PageResponse = { readonly elements: PageElement[] } | { readonly error: string };

export const pageBridgeVariable = 'DOCKHAND_PAGE_BRIDGE';

/** Driver side: answers each request with `query`, until the returned function is called. */
export function servePageBridge(dir: string, query: (request: PageRequest) => Promise<PageElement[]>): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const answered = new Set<string>();
  const answer = (file: string): void => {
    const id = /^(.+)\.request\.json$/.exec(file)?.[1];
    if (!id || answered.has(id)) {
      return;
    }
    answered.add(id);
    let request: PageRequest;
    try {
      request = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as PageRequest;
    } catch (err) {
      write(id, { error: `unreadable request: ${String(err)}` });
      return;
    }
    query(request).then(elements => write(id, { elements }), (err: unknown) => write(id, { error: String(err) }));
  };
  const write = (id: string, response: PageResponse): void => {
    const tmp = path.join(dir, `${id}.tmp`);
    fs.writeFileSync(tmp, JSON.stringify(response));
    fs.renameSync(tmp, path.join(dir, `${id}.response.json`));
  };
  const watcher = fs.watch(dir, (_event, file) => file && answer(file.toString()));
  for (const file of fs.readdirSync(dir)) {
    answer(file);
  }
  return () => watcher.close();
}

let counter = 0;

/** Test side: the elements matching `selector` as the workbench page renders them now. */
export function queryPage(selector: string, containing?: string, timeoutMs = 30_000): Promise<PageElement[]> {
  const dir = process.env[pageBridgeVariable];
  if (!dir) {
    return Promise.reject(new Error(`${pageBridgeVariable} is not set: only the code-server driver can read the page`));
  }
  const id = `${process.pid}-${++counter}`;
  const responseFile = path.join(dir, `${id}.response.json`);
  return new Promise((resolve, reject) => {
    const finish = (): boolean => {
      if (!fs.existsSync(responseFile)) {
        return false;
      }
      clearTimeout(timer);
      watcher.close();
      const response = JSON.parse(fs.readFileSync(responseFile, 'utf8')) as PageResponse;
      if ('error' in response) {
        reject(new Error(response.error));
      } else {
        resolve(response.elements);
      }
      return true;
    };
    const watcher = fs.watch(dir, () => void finish());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`the page bridge did not answer ${selector} within ${timeoutMs} ms`));
    }, timeoutMs);
    fs.writeFileSync(path.join(dir, `${id}.request.json`), JSON.stringify({ selector, ...(containing ? { containing } : {}) } satisfies PageRequest));
    finish();
  });
}
