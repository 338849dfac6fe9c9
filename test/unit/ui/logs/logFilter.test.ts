import * as assert from 'node:assert/strict';
import { filterMatches, linesShownBy, matchRanges, parseFilter } from '../../../../src/ui/webviews/pages/logFilter';

describe('log filter (merged log view)', () => {
  it('takes plain text without regard to case and finds every occurrence', () => {
    const filter = parseFilter('Err');
    assert.deepEqual(filter, { kind: 'text', needle: 'err' });
    assert.deepEqual(matchRanges(filter, 'error: stderr ERR'), [
      [0, 3],
      [10, 13],
      [14, 17],
    ]);
    assert.equal(filterMatches(filter, 'ERROR'), true);
    assert.equal(filterMatches(filter, 'fine'), false);
  });

  it('takes /regex/flags and highlights each match', () => {
    const filter = parseFilter('/id=\\d+/');
    assert.equal(filter.kind, 'regex');
    assert.deepEqual(matchRanges(filter, 'id=12 and id=345, id=x'), [
      [0, 5],
      [10, 16],
    ]);
    assert.equal(filterMatches(filter, 'id=7'), true);
    // The same filter twice in a row: no state carried over from the previous match.
    assert.equal(filterMatches(filter, 'id=7'), true);
    assert.equal(filterMatches(filter, 'ID=7'), false);
    assert.equal(filterMatches(parseFilter('/id=\\d/i'), 'ID=7'), true);
  });

  it('says why a regular expression is invalid', () => {
    const filter = parseFilter('/(unclosed/');
    assert.equal(filter.kind, 'invalid');
    assert.match(filter.kind === 'invalid' ? filter.message : '', /Unterminated group/);
    const flags = parseFilter('/a/ii');
    assert.equal(flags.kind, 'regex', 'a repeated flag is taken once');
    // An invalid filter highlights nothing and hides nothing.
    assert.deepEqual(matchRanges(filter, 'anything'), []);
    assert.equal(filterMatches(filter, 'anything'), true);
  });

  it('matches an empty match without looping and without highlighting', () => {
    const filter = parseFilter('/x*/');
    assert.deepEqual(matchRanges(filter, 'abc'), []);
    assert.deepEqual(matchRanges(filter, 'axxb'), [[1, 3]]);
  });

  it('a lone slash or slashes inside text are plain text', () => {
    assert.deepEqual(parseFilter('/'), { kind: 'text', needle: '/' });
    assert.deepEqual(parseFilter('/api/users'), { kind: 'text', needle: '/api/users' });
    assert.deepEqual(parseFilter('/a/gx'), { kind: 'text', needle: '/a/gx' });
    assert.deepEqual(parseFilter(''), { kind: 'none' });
  });

  it('shows lines by level toggles and, when asked, only the matching ones', () => {
    const highlightOnly = linesShownBy({ filter: 'db', onlyMatching: false, hiddenLevels: ['debug'] });
    assert.equal(highlightOnly('cache hit', 'info'), true);
    assert.equal(highlightOnly('db query', 'debug'), false);
    const onlyMatching = linesShownBy({ filter: 'db', onlyMatching: true, hiddenLevels: ['other'] });
    assert.equal(onlyMatching('cache hit', 'info'), false);
    assert.equal(onlyMatching('db down', 'error'), true);
    assert.equal(onlyMatching('db without level', undefined), false, 'other is hidden');
    const invalid = linesShownBy({ filter: '/(/', onlyMatching: true, hiddenLevels: [] });
    assert.equal(invalid('anything', undefined), true, 'an invalid filter hides nothing');
  });
});
