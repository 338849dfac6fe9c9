import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../support/fixtures';

const run = promisify(execFile);
const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

// `npm run package` (and so `npm start`) must keep working: vsce refuses a package for reasons
// no other test sees (README links, manifest fields), and the VSIX must hold only what runs.
describe('VSIX packaging', function () {
  this.timeout(120_000);

  it('packages the bundles, the manifest, the media, grammars, schemas and rule pages, and nothing else', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-vsix-'));
    try {
      const file = path.join(dir, 'dockhand.vsix');
      await run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', file], { cwd: repoRoot });
      assert.ok(fs.statSync(file).size > 0);
      const { stdout } = await run(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repoRoot });
      const files = stdout
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean)
        .sort();
      // Every bundle esbuild writes (the extension, the server, and those loaded on first use: the
      // command areas' handlers and the chunks they share, `<name>-<hash>.js`).
      for (const bundle of fs.readdirSync(path.join(repoRoot, 'dist')).filter(f => f.endsWith('.js'))) {
        assert.ok(files.includes(`dist/${bundle}`), `dist/${bundle} is packaged: ${files.join(', ')}`);
      }
      assert.ok(files.includes('dist/webviews/stats.js'), `the webview pages: ${files.join(', ')}`);
      assert.ok(
        files.includes('syntaxes/dockerfile.injection.tmLanguage.json') && files.includes('docs/rules/compose/schema.md'),
        files.join(', '),
      );
      const shipped =
        /^(dist\/([A-Za-z]+(-[A-Z0-9]{8})?|webviews\/[a-z-]+)\.js|media\/.+|syntaxes\/.+\.json|schemas\/.+\.json|docs\/rules\/.+\.md|package(\.nls)?\.json|README\.md|LICENSE)$/;
      assert.ok(
        files.every(f => shipped.test(f)),
        files.join(', '),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
