import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CommandId } from '../../src/ui/commands/commandIds';
import { trustedCommandIds } from '../../src/ui/commands/trustedCommandIds';
import { repoRoot } from '../support/fixtures';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;

function placeholders(value: unknown): string[] {
  if (typeof value === 'string') {
    return [...value.matchAll(/^%([^%]+)%$/g)].map(m => m[1] ?? '');
  }
  if (value && typeof value === 'object') {
    return Object.values(value).flatMap(placeholders);
  }
  return [];
}

describe('package.json', () => {
  it('is the extension dockhand.dockhand for VS Code 1.90+', () => {
    assert.equal(`${manifest.publisher}.${manifest.name}`, 'dockhand.dockhand');
    assert.equal(manifest.displayName, 'Dockhand');
    assert.equal(manifest.engines.vscode, '^1.90.0');
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('contributes exactly the commands that have handlers', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, Object.values(CommandId).sort());
  });

  it('offers Add Docker Files on Explorer folders and in Restricted Mode (it runs nothing of the workspace)', () => {
    const menu = manifest.contributes.menus['explorer/context'].filter((m: { command: string }) => m.command === 'dockhand.scaffold');
    assert.deepEqual(
      menu.map((m: { when: string }) => m.when),
      ['explorerResourceIsFolder'],
    );
    assert.equal(trustedCommandIds.has('dockhand.scaffold'), false);
    assert.equal(nls['command.scaffold'], 'Add Docker Files...');
  });

  it('has every %placeholder% in package.nls.json', () => {
    for (const key of placeholders(manifest)) {
      assert.ok(key in nls, `missing nls key ${key}`);
    }
  });

  it('contributes the engine views, the Registries, Contexts and Swarm views, with welcome content for each engine failure', () => {
    const ids = manifest.contributes.views.dockhand.map((v: { id: string }) => v.id);
    assert.deepEqual(ids, [
      'dockhand.containers',
      'dockhand.images',
      'dockhand.volumes',
      'dockhand.networks',
      'dockhand.system',
      'dockhand.registries',
      'dockhand.contexts',
      'dockhand.swarm',
      'dockhand.layers',
    ]);
    // The Image Layers view appears once an image is explored (never empty, so no welcome content).
    assert.equal(
      manifest.contributes.views.dockhand.find((v: { id: string }) => v.id === 'dockhand.layers')?.when,
      'dockhand.layers.shown',
    );
    // The Registries view talks to registries and the Contexts view reads the CLI's files: both work while the engine is away.
    const engineViews = ids.filter((v: string) => !['dockhand.registries', 'dockhand.contexts', 'dockhand.layers'].includes(v));
    for (const id of engineViews) {
      const welcome = manifest.contributes.viewsWelcome.filter((w: { view: string }) => w.view === id);
      // One entry per connection failure kind the views can be in (EngineStatus sets the key).
      for (const kind of ['unreachable', 'permissionDenied', 'tls', 'ssh', 'timeout']) {
        assert.ok(
          welcome.some((w: { when: string }) => w.when === `dockhand.engineState == ${kind}`),
          `${id}: ${kind}`,
        );
      }
    }
    assert.match(nls['welcome.unreachable'] ?? '', /command:dockhand\.engine\.retry/);
  });

  it('explains the Swarm view when the engine is in no swarm (Initialize, Join) and when it is a worker', () => {
    const swarm = manifest.contributes.viewsWelcome.filter((w: { view: string }) => w.view === 'dockhand.swarm');
    const inactive = swarm.find((w: { when: string }) => /dockhand\.swarmState == inactive/.test(w.when));
    const worker = swarm.find((w: { when: string }) => /dockhand\.swarmState == worker/.test(w.when));
    assert.ok(inactive && worker);
    const text = (entry: { contents: string }) => nls[placeholders(entry.contents)[0] ?? ''] ?? '';
    assert.match(text(inactive), /command:dockhand\.swarm\.init\)/);
    assert.match(text(inactive), /command:dockhand\.swarm\.join\)/);
    assert.match(text(worker), /only managers know/);
  });

  it('activates on its views, languages and commands only, never on *', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.includes('onView:dockhand.containers'));
    assert.ok(manifest.activationEvents.includes('onLanguage:dockerfile'));
    assert.ok(manifest.activationEvents.includes('onLanguage:dockercompose'));
  });

  it("works in Restricted Mode, where every menu that runs the workspace's files is hidden", () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('dockhand.compose.profiles'));
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
    // The Containers view's project and service Up run compose up on the project's file.
    const runsFiles = new Set([...trustedCommandIds, CommandId.ContainersProjectUp, CommandId.ContainersServiceUp]);
    const entries = Object.entries(manifest.contributes.menus as Record<string, Array<{ command?: string; when?: string }>>)
      .flatMap(([menu, items]) => items.map(item => ({ menu, ...item })))
      .filter(item => item.command && runsFiles.has(item.command));
    assert.ok(entries.length > 10, `menus of the trusted-only commands: ${entries.length}`);
    for (const entry of entries) {
      assert.ok(
        entry.when === 'false' || /(^|&& )isWorkspaceTrusted$/.test(entry.when ?? ''),
        `${entry.menu} ${entry.command}: ${entry.when}`,
      );
    }
    for (const id of trustedCommandIds) {
      assert.ok(
        manifest.contributes.menus.commandPalette.some(
          (e: { command: string; when?: string }) => e.command === id && e.when === 'isWorkspaceTrusted',
        ),
        `${id} in the palette`,
      );
    }
  });

  it('keeps the engine settings machine-scoped', () => {
    for (const key of ['host', 'context', 'sshConfigFile']) {
      assert.equal(manifest.contributes.configuration.properties[`dockhand.engine.${key}`].scope, 'machine', key);
    }
  });
});
