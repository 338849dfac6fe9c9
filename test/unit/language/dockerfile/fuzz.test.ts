import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ImageSource } from '../../../../src/language/common/EngineImages';
import { createDockerfileFeatures, type BuildHistory } from '../../../../src/language/dockerfile';
import { fixtures, settingsWith } from './helpers';
import { exerciseFeatures } from '../../../support/exerciseFeatures';
import { mulberry32 } from '../../../support/prng';

const fragments = [
  '\\', '\\\n', '`', '"', "'", '[', ']', '{', '}', '${', '$', '<<EOF\n', '<<-EOT ', 'EOF\n', '#', '# escape=`\n', '# check=skip=all\n',
  '--mount=type=cache,target=', '--mount=type=', '--from=', '--platform=', '--chmod=9', '--interval=', '--network=', '=', ',', ':', '@',
  'FROM ', 'RUN ', 'COPY ', 'ONBUILD ', 'HEALTHCHECK ', 'ARG ', 'ENV ', ' AS ', '\n', '\r\n', '\t', ' ', 'é', '🐳',
];

const images: ImageSource = {
  list: () => Promise.resolve([{ reference: 'node:20', id: 'sha256:1', size: 1, created: '2026-01-01' }]),
  inspect: reference => Promise.resolve({ reference, id: 'sha256:1', size: 1, created: '2026-01-01' }),
};
const history: BuildHistory = { entries: [{ createdBy: 'CMD ["x"]', size: 0 }, { createdBy: 'RUN /bin/sh -c make # buildkit', size: 10, cached: true }] };

/** One random change: insert a fragment, delete a span, duplicate or drop a line. */
function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(random() * lines.length);
  switch (Math.floor(random() * 5)) {
    case 0:
      return text.slice(0, at) + fragments[Math.floor(random() * fragments.length)] + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
    case 2:
      return [...lines.slice(0, line + 1), lines[line], ...lines.slice(line + 1)].join('\n');
    case 3:
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
    default:
      return text.slice(0, at) + String.fromCharCode(32 + Math.floor(random() * 95)) + text.slice(at);
  }
}

describe('dockerfile fuzz: no input makes a feature throw', function () {
  this.timeout(60_000);

  it('survives thousands of seeded mutations of the fixtures with every feature', async () => {
    const random = mulberry32(4242);
    const features = createDockerfileFeatures({ settings: () => settingsWith(), images, buildHistory: { historyFor: () => history } });
    let cases = 0;
    let slowest = 0;
    const started = Date.now();
    for (const { name, text } of fixtures()) {
      let current = text;
      const uri = `file:///fuzz/${name}`;
      for (let step = 0; step < 200; step++) {
        current = random() < 0.1 ? mutate(text, random) : mutate(current, random);
        const doc = TextDocument.create(uri, 'dockerfile', step, current);
        const offset = Math.floor(random() * (current.length + 1));
        const caseStarted = Date.now();
        const context = `${name} step ${step}: ${JSON.stringify(current.slice(Math.max(0, offset - 30), offset + 30))}`;
        try {
          await exerciseFeatures(features, doc, offset, 4);
        } catch (error) {
          assert.fail(`${context}\n${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        }
        slowest = Math.max(slowest, Date.now() - caseStarted);
        cases++;
      }
      features.forget(uri);
    }
    assert.ok(cases >= 3000, `${cases} cases`);
    // A bound per case catches hangs without making the suite depend on the machine's load.
    assert.ok(slowest < 2_000, `one case took ${slowest} ms`);
    console.log(`      ${cases} cases in ${Date.now() - started} ms, slowest ${slowest} ms`);
  });
});
