import * as assert from 'node:assert/strict';
import { findings } from './composeHarness';

const service = (key: string, value: string) => `services:\n  web:\n    image: x\n    ${key}: ${value}\n`;

describe('compose values the schema leaves free: policies', () => {
  it('reports a restart policy Compose rejects, with did-you-mean', async () => {
    const [found] = await findings(service('restart', 'allways'), 'compose.invalid-restart-policy');
    assert.match(found.message, /`allways` is not a restart policy \(service `web`\) — did you mean `always`\?/);
    assert.equal((await findings(service('restart', 'on-failure:x'), 'compose.invalid-restart-policy')).length, 1);
    assert.equal((await findings(service('restart', 'unless_stopped'), 'compose.invalid-restart-policy')).length, 1);
  });

  it('accepts every restart policy Compose accepts, and interpolation', async () => {
    for (const value of ['"no"', 'always', 'on-failure', 'on-failure:5', 'unless-stopped', '${RESTART:-always}']) {
      assert.deepEqual(await findings(service('restart', value), 'compose.invalid-restart-policy'), [], value);
    }
  });

  it('reports a pull_policy Compose rejects, with did-you-mean', async () => {
    const [found] = await findings(service('pull_policy', 'missng'), 'compose.invalid-pull-policy');
    assert.match(found.message, /did you mean `missing`/);
    assert.equal((await findings(service('pull_policy', 'every_day'), 'compose.invalid-pull-policy')).length, 1);
  });

  it('accepts every pull_policy Compose accepts', async () => {
    for (const value of ['always', 'never', 'missing', 'if_not_present', 'build', 'daily', 'weekly', 'every_12h', 'every_1h30m']) {
      assert.deepEqual(await findings(service('pull_policy', value), 'compose.invalid-pull-policy'), [], value);
    }
  });
});
