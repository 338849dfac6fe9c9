// npm run bench (language part): Dockhand's language server against the anchors, each started
// as an editor starts it (LSP over stdio), on the same files and keystrokes, in one run.
//   Dockerfile: dockerfile-language-server-nodejs (what Container Tools and Docker DX use).
//   Compose: @microsoft/compose-language-service, and yaml-language-server with the compose schema.
import * as path from 'node:path';
import { generateCompose } from '../compose/generateCompose';
import { generateDockerfile } from '../../test/unit/language/dockerfile/generate';
import { repoRoot } from '../../test/support/fixtures';
import { measure, printComparison, type Scenario, type ServerSpec, type Timings } from './scenario';

const runs = Number(process.env.BENCH_RUNS ?? 15);
/** BENCH_ONLY=compose (or a title fragment) runs only the matching comparisons. */
const only = process.env.BENCH_ONLY?.toLowerCase();
const modules = path.join(repoRoot, 'node_modules');
const dockhand: ServerSpec = { name: 'Dockhand', command: [process.execPath, path.join(repoRoot, 'dist', 'server.js'), '--stdio'] };

function dockerfileScenario(label: string, text: string): Scenario {
  const lines = text.split('\n');
  // Type a space after `echo` in a RUN in the middle of the file; complete after a `$`.
  const line = lines.findIndex((l, i) => i >= lines.length / 2 && l.includes('&& echo "$'));
  const character = lines[line]?.indexOf('echo') ?? 0;
  const dollar = (lines[line]?.indexOf('"$') ?? 0) + 2;
  const hoverLine = lines.findIndex((l, i) => i >= lines.length / 2 && l.startsWith('COPY'));
  return {
    label,
    fileName: 'Dockerfile',
    languageId: 'dockerfile',
    text,
    edit: { line, character: character + 4, text: ' ' },
    completeAt: { line, character: dollar + 1 },
    hoverAt: { line: hoverLine, character: 1 },
  };
}

function composeScenario(label: string, text: string): Scenario {
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i >= lines.length / 2 && l.includes('retries: 3'));
  const restart = lines.findIndex(l => l.includes('restart:'));
  return {
    label,
    fileName: 'docker-compose.yml',
    languageId: 'dockercompose',
    text,
    edit: { line, character: lines[line]?.length ?? 0, text: '0' },
    completeAt: { line: restart, character: (lines[restart]?.indexOf(':') ?? 0) + 2 },
    hoverAt: { line: restart, character: (lines[restart]?.indexOf('restart') ?? 0) + 2 },
  };
}

async function compare(title: string, scenario: Scenario, anchors: readonly ServerSpec[]): Promise<void> {
  if (only && !title.toLowerCase().includes(only)) {
    return;
  }
  const ours = await measure(dockhand, scenario, runs);
  const results: Array<{ name: string; timings: Timings | Error }> = [];
  for (const anchor of anchors) {
    results.push({
      name: anchor.name,
      timings: await measure(anchor, scenario, runs).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err)))),
    });
  }
  printComparison(`${title} (${scenario.text.split('\n').length} lines; medians of ${runs})`, ours, results);
}

async function main(): Promise<void> {
  const dockerfileAnchor: ServerSpec = {
    name: 'dockerfile-language-server-nodejs 0.15',
    command: [process.execPath, path.join(modules, 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver'), '--stdio'],
  };
  await compare('Dockerfile, 40 stages', dockerfileScenario('big', generateDockerfile(40, 20)), [dockerfileAnchor]);
  await compare('Dockerfile, small', dockerfileScenario('small', generateDockerfile(2, 9)), [dockerfileAnchor]);

  const schema = path.join(modules, 'dclint', 'schemas', 'compose.schema.json');
  const composeAnchors: ServerSpec[] = [
    {
      name: '@microsoft/compose-language-service 1.0',
      command: [
        process.execPath,
        path.join(modules, '@microsoft', 'compose-language-service', 'bin', 'docker-compose-langserver'),
        '--stdio',
      ],
    },
    {
      name: 'yaml-language-server 2.0 + compose schema',
      languageId: 'yaml',
      command: [process.execPath, path.join(modules, 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
      settings: { yaml: { validate: true, completion: true, hover: true, schemas: { [`file://${schema}`]: '**/docker-compose.yml' } } },
    },
  ];
  await compare('Compose, 300 services', composeScenario('big', generateCompose(300)), composeAnchors);
  await compare('Compose, small', composeScenario('small', generateCompose(3)), composeAnchors);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
