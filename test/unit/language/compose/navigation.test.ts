import * as assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import { composeDoc, composeFeatures, cursor } from './composeHarness';

const source = [
  'x-base: &base',
  '  restart: always',
  'services:',
  '  web:',
  '    <<: *base',
  '    image: nginx',
  '    depends_on: [db]',
  '    networks: [front]',
  '    volumes: ["data:/data"]',
  '  db:',
  '    <<: *base',
  '    image: postgres',
  '    volumes:',
  '      - type: volume',
  '        source: data',
  '        target: /var/lib/postgresql/data',
  '  admin:',
  '    image: adminer',
  '    links: ["db:database"]',
  'networks:',
  '  front: {}',
  'volumes:',
  '  data: {}',
  '',
].join('\n');

const features = composeFeatures();

function at(marker: string, occurrence = 0): { doc: ReturnType<typeof composeDoc>; pos: ReturnType<typeof cursor>['at'] } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = source.indexOf(marker, index + 1);
  }
  const withBar = `${source.slice(0, index + 1)}|${source.slice(index + 1)}`;
  const { text, at: pos } = cursor(withBar);
  return { doc: composeDoc(text), pos };
}

const lineOf = (r: Range) => r.start.line;
const textOf = (r: Range) => source.split('\n')[r.start.line].slice(r.start.character, r.end.character);

describe('compose navigation', () => {
  it('goes from a depends_on entry to the service', async () => {
    const { doc, pos } = at('db]');
    const locations = await features.definition(doc, pos, neverCancelled);
    assert.deepEqual(
      locations.map(l => [lineOf(l.range), textOf(l.range)]),
      [[9, 'db']],
    );
  });

  it('goes from a links entry (SERVICE:ALIAS) and a named volume to their declarations', async () => {
    const link = at('db:database');
    assert.deepEqual(
      (await features.definition(link.doc, link.pos, neverCancelled)).map(l => lineOf(l.range)),
      [9],
    );
    const volume = at('data:/data');
    assert.deepEqual(
      (await features.definition(volume.doc, volume.pos, neverCancelled)).map(l => lineOf(l.range)),
      [22],
    );
  });

  it('finds every use of a service, with or without its declaration', async () => {
    const { doc, pos } = at('db:\n');
    const withDeclaration = await features.references(doc, pos, true, neverCancelled);
    assert.deepEqual(
      withDeclaration.map(l => lineOf(l.range)),
      [9, 6, 18],
    );
    const usesOnly = await features.references(doc, pos, false, neverCancelled);
    assert.deepEqual(
      usesOnly.map(l => textOf(l.range)),
      ['db', 'db'],
    );
  });

  it('highlights a volume in its short and long syntax uses', async () => {
    const { doc, pos } = at('data: {}');
    const highlights = await features.highlights(doc, pos, neverCancelled);
    assert.deepEqual(
      highlights.map(h => lineOf(h.range)).sort((a, b) => a - b),
      [8, 14, 22],
    );
  });

  it('renames a network everywhere, and refuses names compose would reject', async () => {
    const { doc, pos } = at('front]');
    assert.equal(textOf((await features.prepareRename(doc, pos, neverCancelled))!), 'front');
    const edit = await features.rename(doc, pos, 'public', neverCancelled);
    const edits = edit!.changes![doc.uri];
    assert.deepEqual(
      edits.map(e => [lineOf(e.range), e.newText]),
      [
        [20, 'public'],
        [7, 'public'],
      ],
    );
    assert.equal(await features.rename(doc, pos, 'not valid', neverCancelled), undefined);
  });

  it('connects YAML aliases to their anchor and renames both', async () => {
    const { doc, pos } = at('*base', 1);
    const definition = await features.definition(doc, pos, neverCancelled);
    assert.deepEqual(
      definition.map(l => [lineOf(l.range), textOf(l.range)]),
      [[0, 'base']],
    );
    const edit = await features.rename(doc, pos, 'defaults', neverCancelled);
    assert.deepEqual(
      edit!.changes![doc.uri].map(e => lineOf(e.range)).sort((a, b) => a - b),
      [0, 4, 10],
    );
  });

  it('finds nothing on a plain value', async () => {
    const { doc, pos } = at('nginx');
    assert.deepEqual(await features.definition(doc, pos, neverCancelled), []);
    assert.equal(await features.prepareRename(doc, pos, neverCancelled), undefined);
  });
});
