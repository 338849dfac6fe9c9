import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { webviewPageNames } from '../../src/ui/webviews/pages/pageNames';
import { repoRoot } from '../support/fixtures';

describe('webview pages', () => {
  it('names exactly the page entry files esbuild bundles', () => {
    const entries = fs
      .readdirSync(path.join(repoRoot, 'src/ui/webviews/pages'))
      .filter(file => file.endsWith('.page.ts'))
      .map(file => file.slice(0, -'.page.ts'.length))
      .sort();
    assert.deepEqual([...webviewPageNames].sort(), entries);
  });
});
