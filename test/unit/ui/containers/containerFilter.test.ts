import * as assert from 'node:assert/strict';
import { ContainerFilter, filteredOutMessage, matchesFilter, noFilter } from '../../../../src/ui/trees/containers/containerFilter';
import { summary, t } from './sample';

describe('Containers view filter', () => {
  const web = summary({ name: 'Web-Front', image: 'nginx:1.27', state: 'running' });
  const job = summary({ name: 'nightly', image: 'busybox', state: 'exited', composeProject: 'Reports' });
  const paused = summary({ name: 'cache', image: 'redis', state: 'paused' });

  it('matches name, image and compose project, case-insensitively', () => {
    assert.ok(matchesFilter(web, { ...noFilter, text: 'web' }));
    assert.ok(matchesFilter(web, { ...noFilter, text: 'NGINX' }));
    assert.ok(matchesFilter(job, { ...noFilter, text: 'report' }));
    assert.ok(!matchesFilter(web, { ...noFilter, text: 'report' }));
    assert.ok(matchesFilter(job, { ...noFilter, text: '  ' }), 'blank matches all');
  });

  it('hides stopped containers but keeps paused ones', () => {
    const filter = { text: '', hideStopped: true };
    assert.deepEqual(
      [web, job, paused].filter(c => matchesFilter(c, filter)).map(c => c.name),
      ['Web-Front', 'cache'],
    );
  });

  it('tells its listeners about each change, until they stop listening', () => {
    const filter = new ContainerFilter();
    const seen: string[] = [];
    const subscription = filter.onChange(state => seen.push(`${state.text}|${state.hideStopped}`));
    filter.set({ text: 'db' });
    filter.set({ hideStopped: true });
    subscription.dispose();
    filter.set({ text: '' });
    assert.deepEqual(seen, ['db|false', 'db|true']);
    assert.deepEqual(filter.current, { text: '', hideStopped: true });
  });

  it('explains an empty view when the filter left nothing', () => {
    assert.equal(filteredOutMessage([web, job], { text: 'web', hideStopped: false }, t), undefined);
    assert.equal(filteredOutMessage([web, job], { text: 'zzz', hideStopped: false }, t), 'No container matches "zzz".');
    assert.equal(filteredOutMessage([job], { text: 'night', hideStopped: true }, t), 'No running container matches "night".');
    assert.equal(filteredOutMessage([job], { text: '', hideStopped: true }, t), 'No container is running.');
    assert.equal(
      filteredOutMessage([], { text: 'zzz', hideStopped: true }, t),
      undefined,
      'an engine without containers is not a filter matter',
    );
  });
});
