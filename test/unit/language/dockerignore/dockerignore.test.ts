import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { summarizeBuildContext } from '../../../../src/language/common/buildContext';
import { defaultLanguageSettings, type LanguageSettings } from '../../../../src/language/common/LanguageFeatures';
import { ruleDocLink, withRuleDocs } from '../../../../src/language/common/ruleDocs';
import { createDockerfileFeatures } from '../../../../src/language/dockerfile';
import { createDockerignoreFeatures, dockerignoreRules } from '../../../../src/language/dockerignore';
import { repoRoot } from '../../../support/fixtures';
import * as nodeFs from 'node:fs';
import { memoryFileSystem, testContext } from '../dockerfile/helpers';
import { noImages } from '../../../../src/language/common/EngineImages';

const token = { isCancellationRequested: false };
const root = testContext.root;
const fs = memoryFileSystem(root, testContext.files);

function features(settings: LanguageSettings = defaultLanguageSettings, files = testContext.files) {
  return createDockerignoreFeatures({ settings: () => settings, fs: memoryFileSystem(root, files) });
}

let version = 0;
function ignoreDoc(text: string, name = '.dockerignore'): TextDocument {
  return TextDocument.create(`file://${root}/${name}`, 'dockerignore', ++version, text);
}

async function diagnose(text: string, name?: string, files?: Record<string, string>) {
  return features(defaultLanguageSettings, files).validate(ignoreDoc(text, name), token);
}

describe('.dockerignore language service', () => {
  describe('diagnostics', () => {
    it('reports a pattern the CLI rejects (unclosed [ or a lone !) as an error', async () => {
      const found = await diagnose('node_modules\nsrc/[ab.js\n!\n');
      const invalid = found.filter(d => d.code === 'dockerignore.invalid-pattern');
      assert.deepEqual(
        invalid.map(d => d.range.start.line),
        [1, 2],
      );
      assert.equal(invalid[0].severity, 1);
      assert.match(invalid[0].message, /never closed/);
    });

    it('stays quiet on valid patterns with classes, escapes and **', async () => {
      const found = await diagnose('**/*.log\nsrc/[a-z]*.js\n\\#literal\n');
      assert.deepEqual(
        found.filter(d => d.code === 'dockerignore.invalid-pattern'),
        [],
      );
    });

    it('warns when a pattern excludes the Dockerfile or the .dockerignore itself', async () => {
      const found = await diagnose('*\n!app.js\n');
      const own = found.filter(d => d.code === 'dockerignore.excludes-build-file');
      assert.equal(own.length, 2, JSON.stringify(found));
      assert.match(own.map(d => d.message).join('\n'), /excludes Dockerfile/);
      assert.match(own.map(d => d.message).join('\n'), /excludes \.dockerignore/);
    });

    it('does not warn when an exception gives the Dockerfile back', async () => {
      const found = await diagnose('*\n!Dockerfile\n!.dockerignore\n');
      assert.deepEqual(
        found.filter(d => d.code === 'dockerignore.excludes-build-file'),
        [],
      );
    });

    it('checks <Dockerfile>.dockerignore against its own Dockerfile', async () => {
      const files = { ...testContext.files, 'web.Dockerfile': 'FROM scratch\n' };
      const found = await diagnose('*.Dockerfile\n', 'web.Dockerfile.dockerignore', files);
      assert.match(found.find(d => d.code === 'dockerignore.excludes-build-file')?.message ?? '', /web\.Dockerfile/);
    });

    it('reports a ! exception that a later line excludes again, and not one that stays in effect', async () => {
      const found = await diagnose('docs\n!docs/README.md\nsecrets\n!secrets/public.pem\nsecrets/\n');
      const dead = found.filter(d => d.code === 'dockerignore.unreachable-exception');
      assert.deepEqual(
        dead.map(d => d.range.start.line),
        [3],
      );
      assert.match(dead[0].message, /line 5/);
    });

    it('reports a pattern that matches nothing in the context as information', async () => {
      const found = await diagnose('node_modules\nnode_modeules\n*.log\n');
      const nothing = found.filter(d => d.code === 'dockerignore.matches-nothing');
      assert.deepEqual(
        nothing.map(d => d.range.start.line),
        [1],
      );
      assert.equal(nothing[0].severity, 3);
    });

    it('honours dockhand.dockerignore.rules', async () => {
      const settings = { ...defaultLanguageSettings, dockerignore: { rules: { 'dockerignore.matches-nothing': 'off' as const } } };
      const found = await features(settings).validate(ignoreDoc('nothing-here\n'), token);
      assert.deepEqual(
        found.filter(d => d.code === 'dockerignore.matches-nothing'),
        [],
      );
    });

    it('says nothing about matches for an unsaved file (no context to read)', async () => {
      const doc = TextDocument.create('untitled:Untitled-1', 'dockerignore', 1, 'nothing-here\n');
      assert.deepEqual(await features().validate(doc, token), []);
    });
  });

  describe('hover', () => {
    it('shows how many files and bytes a pattern excludes', async () => {
      const hover = await features().hover(ignoreDoc('node_modules\n*.log\n!keep.log\n'), { line: 1, character: 2 }, token);
      const text = (hover?.contents as { value: string }).value;
      assert.match(text, /Excludes 1 file \(8 B\)/);
      assert.match(text, /Matches 2 files/);
      assert.match(text, /debug\.log/);
    });

    it('shows what an exception re-includes', async () => {
      const hover = await features().hover(ignoreDoc('*.log\n!keep.log\n'), { line: 1, character: 3 }, token);
      assert.match((hover?.contents as { value: string }).value, /Re-includes 1 file \(5 B\)/);
    });
  });

  describe('completion', () => {
    it("offers the context's folders and files, then what is inside a typed folder", async () => {
      const top = await features().complete(ignoreDoc('\n'), { line: 0, character: 0 }, token);
      const labels = top.map(i => i.label);
      assert.ok(labels.includes('node_modules') && labels.includes('secrets') && labels.includes('app.js'), labels.join(','));
      assert.ok(labels.indexOf('secrets') < labels.indexOf('app.js'), 'folders first');
      const inside = await features().complete(ignoreDoc('!secrets/\n'), { line: 0, character: 9 }, token);
      assert.deepEqual(
        inside.map(i => i.label),
        ['key.pem'],
      );
    });
  });
});

describe('build context summary and CodeLens', () => {
  it('counts what the engine receives: files not excluded, plus the Dockerfile and .dockerignore', () => {
    const summary = summarizeBuildContext(fs, root, 'Dockerfile');
    // Sent: Dockerfile, .dockerignore, app.js, package.json, keep.log, src/main.js.
    assert.equal(summary?.files, 6);
    const bytes = ['Dockerfile', '.dockerignore', 'app.js', 'package.json', 'keep.log', 'src/main.js'].reduce(
      (s, f) => s + Buffer.byteLength(testContext.files[f]),
      0,
    );
    assert.equal(summary?.bytes, bytes);
    assert.equal(summary?.ignoreFile, '.dockerignore');
  });

  it('prefers <Dockerfile>.dockerignore, as BuildKit does', () => {
    const files = { ...testContext.files, 'Dockerfile.dockerignore': '*\n!app.js\n' };
    const summary = summarizeBuildContext(memoryFileSystem(root, files), root, 'Dockerfile');
    assert.equal(summary?.ignoreFile, 'Dockerfile.dockerignore');
    assert.equal(summary?.files, 4); // app.js, Dockerfile, Dockerfile.dockerignore and .dockerignore (always sent)
  });

  it('puts "Build context: N files, X" above the first FROM, opening the ignore file', async () => {
    const dockerfile = createDockerfileFeatures({ settings: () => defaultLanguageSettings, images: noImages, fs });
    const lenses = await dockerfile.codeLenses(
      TextDocument.create(`file://${root}/Dockerfile`, 'dockerfile', 1, 'FROM alpine:3.19\nCOPY . /app\n'),
      token,
    );
    const lens = lenses.find(l => /^Build context:/.test(l.command?.title ?? ''));
    assert.match(lens?.command?.title ?? '', /^Build context: 6 files, \d+ B$/);
    assert.equal(lens?.command?.command, 'dockhand.images.openIgnoreFile');
    assert.deepEqual(lens?.command?.arguments, [`file://${root}/.dockerignore`]);
    assert.equal(lens?.range.start.line, 0);
  });
});

describe('rule documentation links', () => {
  it('sets codeDescription to the bundled page of each rule that has one', async () => {
    const docs = '/docs/rules';
    const pages = memoryFileSystem(docs, { 'dockerignore/matches-nothing.md': '#' });
    const linked = withRuleDocs(features(), ruleDocLink(docs, pages));
    const found = await linked.validate(ignoreDoc('nothing-here\nsrc/[x\n'), token);
    assert.equal(
      found.find(d => d.code === 'dockerignore.matches-nothing')?.codeDescription?.href,
      'file:///docs/rules/dockerignore/matches-nothing.md',
    );
    assert.equal(found.find(d => d.code === 'dockerignore.invalid-pattern')?.codeDescription, undefined, 'no page, no link');
  });
});

describe('dockerignore rule catalog', () => {
  it('has a page with a reported and a fine example for every rule, listed in the index', async () => {
    const dir = `${repoRoot}/docs/rules/dockerignore`;
    const index = nodeFs.readFileSync(`${dir}/README.md`, 'utf8');
    for (const rule of dockerignoreRules) {
      const name = rule.code.replace(/^dockerignore\./, '');
      const page = nodeFs.readFileSync(`${dir}/${name}.md`, 'utf8');
      assert.match(page, new RegExp(`Default severity: \\*\\*${rule.defaultSeverity}\\*\\*`), rule.code);
      const reported = /```\n# reported\n([\s\S]*?)```/.exec(page)?.[1];
      const fine = /```\n# fine\n([\s\S]*?)```/.exec(page)?.[1];
      assert.ok(reported && fine, `${rule.code}: examples`);
      const files = { ...testContext.files, 'node_modules/y.js': '', 'secrets/public.pem': '', 'src/ab.js': '', 'src/[draft].md': '' };
      assert.ok(
        (await diagnose(reported, undefined, files)).some(d => d.code === rule.code),
        `${rule.code}: the reported example`,
      );
      assert.ok(!(await diagnose(fine, undefined, files)).some(d => d.code === rule.code), `${rule.code}: the fine example`);
      assert.ok(index.includes(`[${rule.code}](${name}.md) | ${rule.defaultSeverity} |`), `${rule.code} in the index`);
    }
  });
});
