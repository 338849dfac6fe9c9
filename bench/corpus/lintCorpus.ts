// Lints a corpus of real-world Dockerfiles and compose files with every Dockhand rule at its
// default severity and reports, per file, how often each code fired. The corpus itself is public
// material fetched from other repositories, so it lives outside this repository (see
// docs/corpus.md); its manifest names each file's origin.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { neverCancelled } from '../../src/language/common/documents';
import { defaultLanguageSettings } from '../../src/language/common/LanguageFeatures';
import { createComposeFeatures } from '../../src/language/compose';
import { validateDocument } from '../../src/language/dockerfile/features/validate';
import { nodeFileSystem } from '../../src/language/server/node/nodeFileSystem';
import { parseFull } from '../../src/language/dockerfile/parse/parseDockerfile';

export interface CorpusEntry {
  readonly kind: 'dockerfile' | 'compose';
  readonly repo: string;
  readonly path: string;
  readonly commit: string;
}

export interface FileResult {
  readonly file: string;
  readonly codes: Record<string, number>;
  readonly messages: string[];
}

const severityName: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** Where an entry's file sits inside a corpus folder: `<kind>/<owner>+<name>/<path>`. */
export function entryFile(root: string, entry: CorpusEntry): string {
  return path.join(root, entry.kind, entry.repo.replace('/', '+'), entry.path);
}

function summarize(file: string, diagnostics: readonly Diagnostic[]): FileResult {
  const codes: Record<string, number> = {};
  for (const d of diagnostics) {
    const key = `${severityName[d.severity ?? DiagnosticSeverity.Error]}:${String(d.code)}`;
    codes[key] = (codes[key] ?? 0) + 1;
  }
  const messages = diagnostics.map(d => `${d.range.start.line + 1}: ${severityName[d.severity ?? 1]} ${String(d.code)} ${d.message}`);
  return { file, codes, messages };
}

export async function lintCorpus(root: string, entries: readonly CorpusEntry[]): Promise<FileResult[]> {
  const diskFs = nodeFileSystem;
  const noImages = { list: () => Promise.resolve([]), inspect: () => Promise.resolve(undefined) };
  const compose = createComposeFeatures({ settings: () => defaultLanguageSettings, images: noImages, fs: diskFs });
  const results: FileResult[] = [];
  for (const entry of entries) {
    const file = entryFile(root, entry);
    const text = fs.readFileSync(file, 'utf8');
    const label = `${entry.repo}/${entry.path}`;
    if (entry.kind === 'dockerfile') {
      results.push(summarize(label, validateDocument(parseFull(text), defaultLanguageSettings)));
    } else {
      const doc = TextDocument.create(pathToFileURL(file).toString(), 'dockercompose', 1, text);
      results.push(summarize(label, await compose.validate(doc, neverCancelled)));
    }
  }
  return results;
}

/** The corpus folder: DOCKHAND_CORPUS, else `shared/corpus` beside the repository. */
export function corpusRoot(): string {
  return path.resolve(process.env.DOCKHAND_CORPUS ?? path.join(__dirname, '..', '..', '..', '..', 'shared', 'corpus'));
}

export function readManifest(root: string): CorpusEntry[] {
  return JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as CorpusEntry[];
}

/** Per file, the codes that fire (`severity:code` → count); files where nothing fires are left out. */
export function expectations(results: readonly FileResult[]): Record<string, Record<string, number>> {
  return Object.fromEntries(
    results
      .filter(r => Object.keys(r.codes).length > 0)
      .map(r => [r.file, Object.fromEntries(Object.entries(r.codes).sort(([a], [b]) => a.localeCompare(b)))]),
  );
}

async function main(): Promise<void> {
  const root = process.argv[2] && !process.argv[2].startsWith('--') ? path.resolve(process.argv[2]) : corpusRoot();
  const entries = readManifest(root);
  const results = await lintCorpus(root, entries);
  const totals: Record<string, number> = {};
  for (const r of results) {
    for (const [code, n] of Object.entries(r.codes)) {
      totals[code] = (totals[code] ?? 0) + n;
    }
  }
  const write = process.argv.indexOf('--write-expectations');
  if (write > 0) {
    // Only after judging each hit (docs/corpus.md): this file is what the unit tier holds the rules to.
    fs.writeFileSync(process.argv[write + 1], `${JSON.stringify(expectations(results), null, 1)}\n`);
  }
  if (process.argv.includes('--messages')) {
    for (const r of results.filter(x => x.messages.length)) {
      console.log(`## ${r.file}`);
      r.messages.forEach(m => console.log(`  ${m}`));
    }
  }
  console.log(JSON.stringify(Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1])), null, 1));
}

if (require.main === module) {
  main().catch(err => {
    console.error(err);
    process.exitCode = 1;
  });
}
