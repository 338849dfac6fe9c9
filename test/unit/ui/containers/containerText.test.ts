import * as assert from 'node:assert/strict';
import { columns, containerNameProblem, formatChanges, formatStats, formatTop } from '../../../../src/ui/commands/containers/containerText';
import { toTerminalLineEnds, KeptOutput } from '../../../../src/ui/terminals/terminalOutput';

describe('Containers text renderings', () => {
  it('lays out columns as the docker CLI does', () => {
    assert.equal(
      columns([
        ['PID', 'CMD'],
        ['1', 'sh -c x'],
        ['12345', 'sleep 1'],
      ]),
      'PID    CMD\n1      sh -c x\n12345  sleep 1',
    );
  });

  it('renders top output', () => {
    assert.equal(
      formatTop({
        titles: ['UID', 'PID', 'CMD'],
        processes: [
          ['root', '1', 'sh'],
          ['root', '42', 'sleep 1'],
        ],
      }),
      'UID   PID  CMD\nroot  1    sh\nroot  42   sleep 1\n',
    );
  });

  it('groups filesystem changes: added, changed, deleted', () => {
    const text = formatChanges(
      [
        { path: '/tmp/b', kind: 'added' },
        { path: '/etc', kind: 'changed' },
        { path: '/tmp/a', kind: 'added' },
        { path: '/bin/x', kind: 'deleted' },
      ],
      { added: 'Added', changed: 'Changed', deleted: 'Deleted' },
      'none',
    );
    assert.equal(text, 'Added (2)\nA /tmp/a\nA /tmp/b\n\nChanged (1)\nC /etc\n\nDeleted (1)\nD /bin/x\n');
    assert.equal(formatChanges([], { added: 'A', changed: 'C', deleted: 'D' }, 'No changes'), 'No changes\n');
  });

  it('renders stats rows, and rows still waiting for their first sample', () => {
    const text = formatStats(
      [
        {
          name: 'web',
          stats: {
            cpuPercent: 12.345,
            memoryUsage: 50_000_000,
            memoryLimit: 2_000_000_000,
            networkRx: 1000,
            networkTx: 2000,
            blockRead: 0,
            blockWrite: 4096,
            pids: 3,
          },
        },
        { name: 'db' },
      ],
      'waiting',
    );
    const [header, web, db] = text.split('\n');
    assert.match(header ?? '', /^NAME\s+CPU %\s+MEM USAGE \/ LIMIT\s+MEM %\s+NET I\/O\s+BLOCK I\/O\s+PIDS$/);
    assert.match(web ?? '', /^web\s+12\.35%\s+50 MB \/ 2 GB\s+2\.50%\s+1 kB \/ 2 kB\s+0 B \/ 4\.1 kB\s+3$/);
    assert.match(db ?? '', /^db\s+waiting$/);
  });

  it("checks container names against Docker's rule", () => {
    const messages = { empty: 'empty', invalid: 'invalid' };
    assert.equal(containerNameProblem('web-1.prod_x', messages), undefined);
    assert.equal(containerNameProblem('/web', messages), undefined, 'a leading slash is how the engine writes names');
    assert.equal(containerNameProblem('', messages), 'empty');
    assert.equal(containerNameProblem('a', messages), 'invalid');
    assert.equal(containerNameProblem('a;b$(x)', messages), 'invalid');
    assert.equal(containerNameProblem('-web', messages), 'invalid');
  });

  it('turns bare line feeds into CRLF for terminals and keeps a bounded tail of output', () => {
    assert.equal(toTerminalLineEnds('a\nb\r\nc'), 'a\r\nb\r\nc');
    const kept = new KeptOutput(5);
    kept.add('abc');
    kept.add('defg');
    assert.equal(kept.value, 'cdefg');
  });
});
