// Real-world precision: Dockhand and the peer language servers over the same corpus of Official
// Images Dockerfiles and public compose projects, counted by severity per tool (docs/corpus.md).
// The corpus is public material, so it is not in this repository: it is read from
// DOCKHAND_CORPUS or ../shared/corpus, laid out as its manifest says (lintCorpus.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { LspProcess } from '../lsp/LspProcess';
import { corpusRoot, entryFile, lintCorpus, readManifest, type CorpusEntry } from './lintCorpus';

const modules = path.join(__dirname, '..', '..', '..', 'node_modules');
type Counts = [files: number, errors: number, warnings: number, information: number, hints: number];

function count(severities: readonly (number | undefined)[][]): Counts {
  const all = severities.flat();
  const n = (s: number) => all.filter(x => (x ?? DiagnosticSeverity.Error) === s).length;
  return [severities.length, n(1), n(2), n(3), n(4)];
}

async function peer(
  name: string,
  command: string[],
  languageId: string,
  entries: readonly CorpusEntry[],
  root: string,
  settings: unknown = {},
): Promise<Counts> {
  const server = new LspProcess(name, command, settings);
  await server.initialize();
  const severities: (number | undefined)[][] = [];
  try {
    for (const entry of entries) {
      const file = entryFile(root, entry);
      const uri = pathToFileURL(file).toString();
      await server.open(uri, languageId, fs.readFileSync(file, 'utf8'));
      severities.push((server.diagnostics.get(uri) ?? []).map(d => d.severity));
    }
  } finally {
    await server.close();
  }
  return count(severities);
}

async function main(): Promise<void> {
  const root = corpusRoot();
  if (!fs.existsSync(path.join(root, 'manifest.json'))) {
    console.log(`No corpus at ${root} (set DOCKHAND_CORPUS): nothing to compare.`);
    return;
  }
  const entries = readManifest(root);
  const dockerfiles = entries.filter(e => e.kind === 'dockerfile');
  const composeFiles = entries.filter(e => e.kind === 'compose');
  const ours = await lintCorpus(root, entries);
  const sev = (label: string) =>
    label.startsWith('error') ? 1 : label.startsWith('warning') ? 2 : label.startsWith('information') ? 3 : 4;
  const oursFor = (kind: string) =>
    count(
      ours
        .filter((_, i) => entries[i].kind === kind)
        .map(r => Object.entries(r.codes).flatMap(([label, n]) => Array<number>(n).fill(sev(label)))),
    );
  const schema = path.join(modules, 'dclint', 'schemas', 'compose.schema.json');
  const rows: Array<[string, Counts]> = [
    ['Dockhand (Dockerfile)', oursFor('dockerfile')],
    [
      'dockerfile-language-server-nodejs 0.15',
      await peer(
        'dls',
        [process.execPath, path.join(modules, 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver'), '--stdio'],
        'dockerfile',
        dockerfiles,
        root,
      ),
    ],
    ['Dockhand (Compose)', oursFor('compose')],
    [
      '@microsoft/compose-language-service 1.0',
      await peer(
        'cls',
        [process.execPath, path.join(modules, '@microsoft', 'compose-language-service', 'bin', 'docker-compose-langserver'), '--stdio'],
        'dockercompose',
        composeFiles,
        root,
      ),
    ],
    [
      'yaml-language-server 2.0 + Compose schema',
      await peer(
        'yls',
        [process.execPath, path.join(modules, 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
        'yaml',
        composeFiles,
        root,
        { yaml: { validate: true, schemas: { [pathToFileURL(schema).toString()]: ['**/*.yml', '**/*.yaml'] } } },
      ),
    ],
  ];
  console.log('| tool | files | errors | warnings | information | hints |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, c] of rows) {
    console.log(`| ${name} | ${c.join(' | ')} |`);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
