import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { containersCommandIds } from '../../../../src/ui/commands/containers/containersCommandIds';
import { repoRoot } from '../../../support/fixtures';

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const menus = manifest.contributes.menus as Record<string, MenuEntry[]>;
const ids = Object.values(containersCommandIds) as string[];
const itemMenu = (menus['view/item/context'] ?? []).filter(m => ids.includes(m.command));

/** The contextValues the containers view gives its nodes, one per state the menus must handle. */
const contextValues = [
  'container.running',
  'container.running.healthy.ports',
  'container.paused',
  'container.exited',
  'container.created',
  'container.restarting',
  'container.dead',
];

function menuFor(contextValue: string): string[] {
  return itemMenu
    .filter(m => m.group !== 'inline' && !m.group?.startsWith('inline@'))
    .filter(m => {
      const match = /viewItem =~ \/(.+)\/$/.exec(m.when ?? '');
      return match ? new RegExp(match[1] ?? '').test(contextValue) : (m.when ?? '').includes(`viewItem == ${contextValue}`);
    })
    .map(m => m.command.replace('dockhand.containers.', ''));
}

describe('Containers manifest contributions', () => {
  it('contributes every container command with a localized title', () => {
    const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;
    for (const id of ids) {
      const command = manifest.contributes.commands.find((c: { command: string }) => c.command === id);
      assert.ok(command, id);
      assert.ok(nls[String(command.title).replace(/%/g, '')], `title of ${id}`);
    }
  });

  it('offers only what applies to each state', () => {
    const running = menuFor('container.running');
    assert.ok(running.includes('stop') && running.includes('pause') && running.includes('shell'));
    assert.ok(!running.includes('start') && !running.includes('unpause') && !running.includes('openPort'));
    assert.ok(menuFor('container.running.healthy.ports').includes('openPort'));
    const paused = menuFor('container.paused');
    assert.ok(paused.includes('unpause') && !paused.includes('pause') && !paused.includes('shell'));
    const exited = menuFor('container.exited');
    assert.ok(exited.includes('start') && exited.includes('remove') && !exited.includes('stop') && !exited.includes('stats'));
    for (const value of contextValues) {
      assert.ok(menuFor(value).includes('remove'), `remove on ${value}`);
      assert.ok(menuFor(value).includes('inspect'), `inspect on ${value}`);
    }
    assert.deepEqual(
      menuFor('composeProject').sort(),
      ['projectDown', 'projectLogs', 'projectRestart', 'projectStats', 'projectUp', 'mergedLogs']
        .map(v => v.replace('project', 'compose'))
        .sort(),
    );
  });

  it('puts the destructive entries last, and swaps Hide/Show Stopped through a context key', () => {
    for (const entry of itemMenu.filter(m => m.command.endsWith('.remove') || m.command.endsWith('.composeDown'))) {
      if (!entry.group?.startsWith('inline')) {
        assert.match(entry.group ?? '', /^9_/);
      }
    }
    const title = (menus['view/title'] ?? []).filter(m => ids.includes(m.command));
    assert.match(title.find(m => m.command.endsWith('.hideStopped'))?.when ?? '', /!dockhand\.containers\.hidingStopped/);
    assert.match(title.find(m => m.command.endsWith('.showStopped'))?.when ?? '', /(^|&& )dockhand\.containers\.hidingStopped/);
  });

  it('hides the commands that need a compose project node from the palette', () => {
    const hidden = (menus.commandPalette ?? []).filter(m => m.when === 'false').map(m => m.command);
    for (const id of [
      containersCommandIds.ContainersProjectUp,
      containersCommandIds.ContainersProjectDown,
      containersCommandIds.ContainersProjectRestart,
      containersCommandIds.ContainersProjectLogs,
    ]) {
      assert.ok(hidden.includes(id), id);
    }
  });
});
