import * as assert from 'node:assert/strict';
import { mergeAsync } from '../../../src/shared/mergeAsync';

async function* timed(name: string, delays: number[]): AsyncGenerator<string> {
  for (const [i, delay] of delays.entries()) {
    await new Promise(resolve => setTimeout(resolve, delay));
    yield `${name}${i}`;
  }
}

describe('mergeAsync', () => {
  it('yields every item of every source as it comes, none waiting for another', async () => {
    const out: string[] = [];
    for await (const item of mergeAsync([timed('a', [5, 40]), timed('b', [20])])) {
      out.push(item);
    }
    assert.deepEqual(out, ['a0', 'b0', 'a1']);
  });

  it("passes a source's failure on", async () => {
    async function* failing(): AsyncGenerator<string> {
      await Promise.resolve();
      throw new Error('gone');
    }
    await assert.rejects(async () => {
      for await (const item of mergeAsync([failing(), timed('b', [50])])) {
        assert.ok(item);
      }
    }, /gone/);
  });
});
