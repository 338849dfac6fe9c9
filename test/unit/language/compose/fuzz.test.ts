// Mutates the fixture compose files at random (seeded, so failures replay) and calls every
// feature on each mutant: nothing may throw, every call must return, and the run stays bounded.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { exerciseFeatures } from '../../../support/exerciseFeatures';
import { mulberry32 } from '../../../support/prng';
import { composeFeatures, fixtureDocuments } from './composeHarness';


const fragments = [':', ': ', '-', '- ', '  ', '\n', '\t', '#', '&a', '*a', '<<: *a', '${', '${X:-', '}', '$$', '$', '"', "'", '[', ']', '{', '}', '：', 'services:', '  web:', 'ports: ["8080: 80"]', '---', '|', '>', '?', '!!str ', '\u0000', '😀'];

function mutate(text: string, random: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const choice = random();
    if (choice < 0.4) {
      out = out.slice(0, at) + fragments[Math.floor(random() * fragments.length)] + out.slice(at);
    } else if (choice < 0.7) {
      out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 12));
    } else {
      // Duplicate a line elsewhere: duplicate keys, misplaced blocks.
      const lines = out.split('\n');
      const line = lines[Math.floor(random() * lines.length)] ?? '';
      lines.splice(Math.floor(random() * lines.length), 0, line);
      out = lines.join('\n');
    }
  }
  return out;
}

describe('compose fuzz: every feature survives mangled files', function () {
  this.timeout(120_000);

  it('runs 2,000 seeded mutants through every feature without throwing', async () => {
    const features = composeFeatures({ files: { '.env': 'TAG=1\n' }, images: [{ reference: 'nginx:1', id: 'sha256:1', size: 1, created: 'now' }] });
    const seeds = fixtureDocuments().map(d => d.getText());
    const random = mulberry32(20261123);
    // Each case gets a bound (CPU time, so that a loaded machine does not count against us): it
    // catches hangs and runaway work on one mangled file without timing the whole run.
    let slowest = { ms: 0, round: -1 };
    for (let round = 0; round < 2000; round++) {
      const started = process.cpuUsage();
      const text = mutate(seeds[round % seeds.length], random);
      const doc = TextDocument.create(`file:///fuzz/${round % 7}/compose.yaml`, 'dockercompose', round, text);
      const offset = Math.floor(random() * (text.length + 1));
      try {
        await exerciseFeatures(features, doc, offset, 2);
        features.forget(doc.uri);
        const used = process.cpuUsage(started);
        const ms = (used.user + used.system) / 1000;
        if (ms > slowest.ms) {
          slowest = { ms, round };
        }
      } catch (error) {
        assert.fail(`round ${round} threw ${String((error as Error).stack)}\n--- text ---\n${text}`);
      }
    }
    assert.ok(slowest.ms < 2_000, `round ${slowest.round} took ${slowest.ms.toFixed(0)} ms of CPU`);
  });
});
