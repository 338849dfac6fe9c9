// The incremental parse must be invisible: after any edit, the joined chunks must mean exactly
// what a whole-file parse means, with the same offsets.
import * as assert from 'node:assert/strict';
import { isNode, parseDocument, visit, type Document } from 'yaml';
import { chunkedParse, parseOptions, type ParsedChunk } from '../../../../src/language/compose/parse/chunkedParse';
import { splitChunks } from '../../../../src/language/compose/parse/splitChunks';
import { generateCompose } from '../../../../bench/compose/generateCompose';
import { fixtureDocuments } from './composeHarness';

/** Every node's kind and range in document order: equal lists mean equal trees at equal offsets. */
function shape(doc: Document): string[] {
  const out: string[] = [];
  visit(doc, (_key, node) => {
    if (isNode(node)) {
      out.push(`${node.constructor.name}@${node.range?.join(',') ?? '-'}`);
    }
  });
  return out;
}

function assertSameAsWholeParse(text: string, previous: readonly ParsedChunk[] | undefined): readonly ParsedChunk[] | undefined {
  const chunked = chunkedParse(text, previous);
  const whole = parseDocument(text, parseOptions);
  if (!chunked) {
    return undefined;
  }
  assert.deepEqual(chunked.yaml.toJS(), whole.toJS());
  assert.deepEqual(shape(chunked.yaml), shape(whole));
  return chunked.chunks;
}

describe('compose incremental parse', () => {
  it('cuts at top-level keys and at each service', () => {
    const spans = splitChunks('x-a: &a\n  k: v\nservices:\n  # web\n  web:\n    image: x\n\n  db:\n    image: y\nvolumes:\n  d: {}\n');
    assert.deepEqual(
      spans?.map(s => [s.isService, s.text.split('\n')[0]]),
      [
        [false, 'x-a: &a'],
        [false, 'services:'],
        [true, '  web:'],
        [true, '  db:'],
        [false, 'volumes:'],
      ],
    );
  });

  it('declines layouts it cannot cut safely', () => {
    assert.equal(splitChunks('a: 1\n---\nb: 2\n'), undefined);
    assert.equal(splitChunks('- a\n- b\n'), undefined);
    assert.equal(splitChunks('services:\n    web:\n      image: x\n  db:\n    image: y\n'), undefined);
  });

  it('matches a whole-file parse for every fixture', () => {
    for (const doc of fixtureDocuments()) {
      assertSameAsWholeParse(doc.getText(), undefined);
    }
  });

  it('matches a whole-file parse after edits that reuse unchanged chunks', () => {
    let text = generateCompose(12);
    let chunks = assertSameAsWholeParse(text, undefined);
    assert.ok(chunks, 'the generated file is chunkable');
    const edits: readonly ((t: string) => string)[] = [
      t => t.replace('retries: 3', 'retries: 4'),
      t => t.replace('  service-3:\n', '  service-3:\n    init: true\n'),
      t => t.replace(/ {2}service-5:[\s\S]*?\n\n/, ''),
      t => `# header\n${t}`,
      t => t.replace('networks:\n  backend:', 'networks:\n  backend:\n    internal: true'),
    ];
    for (const edit of edits) {
      text = edit(text);
      const before = chunks;
      chunks = assertSameAsWholeParse(text, before);
      assert.ok(chunks);
      assert.ok(
        chunks.some(c => before?.includes(c)),
        'some chunks were reused',
      );
    }
  });

  it('reports a service name written twice in separate chunks', () => {
    const chunked = chunkedParse('services:\n  web:\n    image: a\n  web:\n    image: b\n', undefined);
    assert.deepEqual(
      chunked?.yaml.errors.map(e => [e.code, e.pos[0]]),
      [['DUPLICATE_KEY', 32]],
    );
  });
});
