import * as assert from 'node:assert/strict';
import type { ImageHistoryEntry } from '../../../../src/engine';
import { buildHistoryEntries, defaultTagFor, finalStageSteps, parseBuildSteps } from '../../../../src/ui/commands/images/buildSteps';

const output = [
  'Step 1/6 : FROM base AS build',
  ' ---> 1111',
  'Step 2/6 : RUN make',
  ' ---> Using cache',
  ' ---> 2222',
  'Step 3/6 : FROM base',
  ' ---> 1111',
  'Step 4/6 : ARG V=1',
  ' ---> Using cache',
  ' ---> 3333',
  'Step 5/6 : RUN echo $V > /v',
  ' ---> Running in abc',
  'Removing intermediate container abc',
  ' ---> 4444',
  'Step 6/6 : CMD ["sh"]',
  ' ---> Running in def',
  ' ---> 5555',
  'Successfully built 5555',
];

function entry(createdBy: string, size: number): ImageHistoryEntry {
  return { id: '<missing>', created: new Date(0), createdBy, size, tags: [], comment: '' };
}

describe('build output matched with the image history', () => {
  it('parses the classic builder steps and which came from the cache', () => {
    const steps = parseBuildSteps(output);
    assert.equal(steps.length, 6);
    assert.deepEqual(
      steps.map(s => s.cached),
      [false, true, false, true, false, false],
    );
    assert.deepEqual(
      finalStageSteps(steps).map(s => s.instruction),
      ['ARG V=1', 'RUN echo $V > /v', 'CMD ["sh"]'],
    );
  });

  it('marks the newest history entries with their steps, newest first; base layers are never cached', () => {
    const history = [entry('CMD', 0), entry('RUN echo', 2), entry('ARG V=1', 0), entry('base layer', 5000)];
    assert.deepEqual(buildHistoryEntries(history, parseBuildSteps(output)), [
      { createdBy: 'CMD', size: 0, cached: false },
      { createdBy: 'RUN echo', size: 2, cached: false },
      { createdBy: 'ARG V=1', size: 0, cached: true },
      { createdBy: 'base layer', size: 5000, cached: false },
    ]);
  });

  it('tags by the folder name, lowercased into a valid repository', () => {
    assert.equal(defaultTagFor('MyApp'), 'myapp:latest');
    assert.equal(defaultTagFor('My App (2)'), 'my-app-2:latest');
    assert.equal(defaultTagFor('___'), 'image:latest');
  });
});
