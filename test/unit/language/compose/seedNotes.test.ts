// The mistakes in the user's Docker notes (a docker-compose.yml written from a Chinese tutorial),
// each of which must surface as one diagnostic that says what is wrong.
import * as assert from 'node:assert/strict';
import { coveredText, diagnose } from './composeHarness';

const notesFile = [
  'version:  "2"',
  'service:',
  '  nginx:',
  '    build:  "."',
  '    restart: always',
  '    net: my_br',
  '    ports:',
  '      - "8080: 80"',
  '    links:',
  '      - tomcat:tomcat',
  '  node.js:',
  '    image：node:alpine',
  '    vloumes:',
  '      - ./node: /usr/local/node',
  '    ports:',
  '      - 3000: 8080',
  '',
].join('\n');

describe('compose diagnostics: the mistakes in the user notes', () => {
  let found: string[];
  before(async () => {
    const diagnostics = await diagnose(notesFile, { files: { Dockerfile: 'FROM nginx' } });
    found = diagnostics.map(d => `${d.code as string} ${coveredText(notesFile, d)} | ${d.message}`);
  });
  const one = (code: string, text: string) => {
    const matching = found.filter(f => f.startsWith(`${code} ${text} |`));
    assert.equal(matching.length, 1, `expected one ${code} on "${text}" in:\n${found.join('\n')}`);
    return matching[0];
  };

  it('says `service:` should be `services:`', () => assert.match(one('compose.misspelled-section', 'service'), /did you mean `services`/));
  it('explains the full-width colon in `image：node:alpine`', () =>
    assert.match(one('compose.full-width-colon', '：'), /full-width colon.*`image`/));
  it('flags the space in "8080: 80"', () => assert.match(one('compose.invalid-port', '"8080: 80"'), /contains a space.*`8080:80`/));
  it('flags the removed v1 key `net` and suggests network_mode', () => assert.match(one('compose.removed-v1-key', 'net'), /network_mode/));
  it('flags the typo `vloumes`', () =>
    assert.match(one('compose.schema', 'vloumes'), /Unknown key `vloumes` in service `node.js` — did you mean `volumes`\?/));
  it('flags `links` to a service that does not exist', () =>
    assert.match(one('compose.undefined-service', 'tomcat'), /`tomcat`.*not defined/));
  it('explains `- 3000: 8080` read as a mapping', () => assert.match(one('compose.space-after-colon', '3000: 8080'), /"3000:8080"/));
  it('explains `- ./node: /usr/local/node` read as a mapping', () =>
    assert.match(one('compose.space-after-colon', './node: /usr/local/node'), /"\.\/node:\/usr\/local\/node"/));
  it('marks the obsolete `version`', () => assert.match(one('compose.obsolete-version', 'version:  "2"'), /obsolete/));
  it('reports nothing else as an error', () => {
    const expected = [
      'misspelled-section',
      'full-width-colon',
      'invalid-port',
      'removed-v1-key',
      'schema',
      'undefined-service',
      'space-after-colon',
      'obsolete-version',
      'legacy-links',
    ];
    const unexpected = found.filter(f => !expected.some(code => f.startsWith(`compose.${code} `)));
    assert.deepEqual(unexpected, []);
  });
});
