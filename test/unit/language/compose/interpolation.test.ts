import * as assert from 'node:assert/strict';
import { resolveInterpolation, scanInterpolations } from '../../../../src/language/compose/text/interpolation';
import { coveredText, findings } from './composeHarness';

describe('compose: interpolation', () => {
  it('finds each form with its modifier and argument', () => {
    const { uses, errors } = scanInterpolations('${A} ${B:-x} ${C-y} ${D:?need D} ${E?e} ${F:+on} ${G+g} $H $$I');
    assert.deepEqual(errors, []);
    assert.deepEqual(
      uses.map(u => [u.name, u.modifier, u.argument]),
      [
        ['A', '', ''],
        ['B', ':-', 'x'],
        ['C', '-', 'y'],
        ['D', ':?', 'need D'],
        ['E', '?', 'e'],
        ['F', ':+', 'on'],
        ['G', '+', 'g'],
        ['H', '', ''],
      ],
    );
  });

  it('finds variables nested in a default', () => {
    const { uses } = scanInterpolations('${A:-${B:-b}}');
    assert.deepEqual(
      uses.map(u => u.name),
      ['A', 'B'],
    );
  });

  it('resolves values, defaults and alternates like Compose', () => {
    const vars = new Map([
      ['SET', 'v'],
      ['EMPTY', ''],
    ]);
    const resolve = (text: string) => resolveInterpolation(scanInterpolations(text).uses[0], vars);
    assert.equal(resolve('${SET:-d}'), 'v');
    assert.equal(resolve('${EMPTY:-d}'), 'd');
    assert.equal(resolve('${EMPTY-d}'), '');
    assert.equal(resolve('${UNSET-d}'), 'd');
    assert.equal(resolve('${SET:+alt}'), 'alt');
    assert.equal(resolve('${UNSET:+alt}'), '');
    assert.equal(resolve('${UNSET:?boom}'), undefined);
  });

  const cases: readonly [string, string, RegExp][] = [
    ['image: "app:${TAG"', '${TAG"', /Unterminated `\$\{`/],
    ['image: "app:${}"', '${}', /needs a variable name/],
    ['image: "app:${TAG:x}"', '${TAG:x}', /unknown modifier/],
    ['image: "app:${1TAG}"', '${1TAG}', /variable name starts with a letter/],
    ['command: echo cost $5', '$', /must be written `\$\$`/],
  ];
  for (const [line, covered, message] of cases) {
    it(`reports ${line}`, async () => {
      const text = `services:\n  web:\n    ${line}\n`;
      const found = await findings(text, 'compose.invalid-interpolation');
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(coveredText(text, found[0]), covered);
      assert.match(found[0].message, message);
    });
  }

  it('accepts every valid form and `$$` escapes', async () => {
    const text = 'services:\n  web:\n    image: "app:${TAG:-latest}"\n    command: sh -c "echo $$HOME $${USER} ${A?a} ${B:+b} $C"\n';
    assert.deepEqual(await findings(text, 'compose.invalid-interpolation'), []);
  });
});
