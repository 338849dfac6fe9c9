// Mutates the fixture compose files at random (seeded, so failures replay) and calls every
// feature on each mutant: nothing may throw, every call must return, and the run stays bounded.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import { composeFeatures, fixtureDocuments } from './composeHarness';

/** mulberry32: small, fast and good enough to spread mutations. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
    const random = prng(20261123);
    // Each case gets a bound (CPU time, so that a loaded machine does not count against us): it
    // catches hangs and runaway work on one mangled file without timing the whole run.
    let slowest = { ms: 0, round: -1 };
    for (let round = 0; round < 2000; round++) {
      const started = process.cpuUsage();
      const text = mutate(seeds[round % seeds.length], random);
      const doc = TextDocument.create(`file:///fuzz/${round % 7}/compose.yaml`, 'dockercompose', round, text);
      const at: Position = doc.positionAt(Math.floor(random() * (text.length + 1)));
      const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) };
      try {
        const diagnostics = await features.validate(doc, neverCancelled);
        assert.ok(Array.isArray(diagnostics));
        assert.ok(Array.isArray(await features.complete(doc, at, neverCancelled)));
        await features.hover(doc, at, neverCancelled);
        assert.ok(Array.isArray(await features.codeActions(doc, whole, { diagnostics }, neverCancelled)));
        assert.ok(Array.isArray(await features.definition(doc, at, neverCancelled)));
        assert.ok(Array.isArray(await features.references(doc, at, true, neverCancelled)));
        assert.ok(Array.isArray(await features.highlights(doc, at, neverCancelled)));
        const range = await features.prepareRename(doc, at, neverCancelled);
        if (range) {
          assert.ok(await features.rename(doc, at, 'renamed', neverCancelled));
        }
        assert.ok(Array.isArray(await features.symbols(doc, neverCancelled)));
        assert.ok(Array.isArray(await features.foldingRanges(doc, neverCancelled)));
        assert.ok(Array.isArray(await features.format(doc, { tabSize: 2, insertSpaces: true }, neverCancelled)));
        assert.ok(Array.isArray(await features.codeLenses(doc, neverCancelled)));
        assert.ok(Array.isArray(await features.inlayHints(doc, whole, neverCancelled)));
        assert.ok(Array.isArray(await features.documentLinks!(doc, neverCancelled)));
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
