import * as assert from 'node:assert/strict';
import { historyText, instructionOf } from '../../../../src/ui/commands/images/historyText';

describe('image history document', () => {
  it('shows instructions as written in a Dockerfile', () => {
    assert.equal(instructionOf('/bin/sh -c #(nop)  CMD ["sh"]'), 'CMD ["sh"]');
    assert.equal(instructionOf('/bin/sh -c apk add curl'), 'RUN apk add curl');
    assert.equal(instructionOf('|1 VERSION=2 /bin/sh -c echo $VERSION'), 'RUN echo $VERSION');
    assert.equal(instructionOf('RUN /bin/sh -c make # buildkit'), 'RUN /bin/sh -c make # buildkit');
  });

  it('lists layers newest first with size, age and the full CREATED BY', () => {
    const now = new Date('2024-01-10T00:00:00Z');
    const text = historyText(
      'app:1',
      [
        {
          id: 'sha256:0123456789abcdef',
          created: new Date('2024-01-09T00:00:00Z'),
          createdBy: '/bin/sh -c apk add --no-cache a-very-long-package-name',
          size: 2_500_000,
          tags: ['app:1'],
          comment: '',
        },
        {
          id: '<missing>',
          created: new Date('2023-12-01T00:00:00Z'),
          createdBy: '/bin/sh -c #(nop) ADD file:abc in /',
          size: 4_000_000,
          tags: [],
          comment: 'base',
        },
      ],
      now,
    );
    const lines = text.split('\n');
    assert.equal(lines[0], '# History of app:1: 2 layers, 6.5 MB');
    assert.match(lines[2] ?? '', /^IMAGE\s+CREATED\s+SIZE\s+CREATED BY$/);
    assert.match(lines[3] ?? '', /^0123456789ab\s+1 day ago\s+2.5 MB\s+RUN apk add --no-cache a-very-long-package-name$/);
    assert.match(lines[4] ?? '', /^<missing>\s+1 month ago\s+4 MB\s+ADD file:abc in \/ {4}# base$/);
  });
});
