// Real-world precision (docs/corpus.md): every hit of every rule on the Official Images'
// Dockerfiles and public compose projects was judged, and test/fixtures/corpus/expected.json holds
// the result, so any change in what fires on real files shows in review. The files themselves are
// public material kept outside this repository (shared/corpus beside it, or DOCKHAND_CORPUS).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { entryFile, expectations, lintCorpus, type CorpusEntry } from '../../../bench/corpus/lintCorpus';
import { repoRoot } from '../../support/fixtures';

const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'corpus');
const manifest = JSON.parse(fs.readFileSync(path.join(fixtureDir, 'manifest.json'), 'utf8')) as CorpusEntry[];
const expected = JSON.parse(fs.readFileSync(path.join(fixtureDir, 'expected.json'), 'utf8')) as Record<string, Record<string, number>>;
const root = path.resolve(process.env.DOCKHAND_CORPUS ?? path.join(repoRoot, '..', 'shared', 'corpus'));
const present = manifest.every(entry => fs.existsSync(entryFile(root, entry)));

describe('real-world corpus: the judged expectation', () => {
  it('names at least 150 Dockerfiles and 40 compose files, each with its repository, path and commit', () => {
    assert.ok(manifest.filter(e => e.kind === 'dockerfile').length >= 150);
    assert.ok(manifest.filter(e => e.kind === 'compose').length >= 40);
    assert.deepEqual(
      manifest.filter(e => !/^[\w.-]+\/[\w.-]+$/.test(e.repo) || !e.path || !/^[0-9a-f]{40}$/.test(e.commit)),
      [],
    );
  });

  it('expects no error on any file, and only files of the manifest', () => {
    const labels = new Set(manifest.map(e => `${e.repo}/${e.path}`));
    assert.deepEqual(
      Object.keys(expected).filter(file => !labels.has(file)),
      [],
    );
    assert.deepEqual(
      Object.entries(expected)
        .filter(([, codes]) => Object.keys(codes).some(c => c.startsWith('error:')))
        .map(([f]) => f),
      [],
    );
  });
});

if (present) {
  describe('real-world corpus: what fires on each file is what was judged', () => {
    it(`lints all ${manifest.length} files exactly as expected.json says`, async function () {
      this.timeout(120_000);
      const actual = expectations(await lintCorpus(root, manifest));
      assert.deepEqual(actual, expected);
    });
  });
} else {
  // Not a skip: the expectation above is still checked. The lint run needs the files themselves.
  console.log(`real-world corpus: not at ${root}; expected.json was checked, the files were not linted (see docs/corpus.md)`);
}
