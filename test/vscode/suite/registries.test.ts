import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { deleteManifest, manifestDigest } from '../../../src/registry';
import type { RegistryTreeNode } from '../../../src/ui/trees/registries/registryNodes';
import { raw, seedIndex, seedRepositories, seedTags } from '../../support/registrySeed';
import {
  basicRegistry,
  openRegistry,
  testCaCertificate,
  tlsRegistry,
  tokenRegistry,
  type TestRegistry,
} from '../../support/testRegistries';
import { createImage, docker, removeLabelled, testRunId } from '../../support/testDocker';
import { dockhand, reportedBy } from './helpers';
import {
  allChildren,
  childLabelled,
  dockerCli,
  itemOf,
  labelOf,
  readDockerConfig,
  readHelperStore,
  registryNode,
  registryTestEnv,
  writeDockerConfig,
  type RegistryTestEnv,
} from './registriesFixtures';

const repo = `dockhand-test/${testRunId}`;
const pagingRepos = Array.from({ length: 130 }, (_, i) => `dockhand-test/paging/r${String(i).padStart(3, '0')}`);

async function registryTags(registry: TestRegistry, repository: string): Promise<string[]> {
  const res = await raw(registry, 'GET', `/v2/${repository}/tags/list`, { scopes: [`repository:${repository}:pull`] });
  return res.status === 200 ? ((JSON.parse(res.body.toString()) as { tags: string[] | null }).tags ?? []).sort() : [];
}

async function tree() {
  return (await dockhand()).trees.registries;
}

/** Expands registry → repository → tag as a user would, asserting each level is listed. */
async function expandTag(host: string, repository: string, tag: string): Promise<RegistryTreeNode> {
  const t = await tree();
  const registry = await registryNode(t, host);
  const repositories = await allChildren(t, registry);
  const repoNode = repositories.find(n => labelOf(t, n) === repository);
  assert.ok(
    repoNode,
    `${repository} listed under ${host}: ${repositories
      .slice(0, 5)
      .map(n => labelOf(t, n))
      .join(', ')}…`,
  );
  return childLabelled(t, repoNode, tag);
}

describe('Registries view', function () {
  this.timeout(180_000);
  let env: RegistryTestEnv;
  const pulled: string[] = [];

  before(async () => {
    env = await registryTestEnv();
    writeDockerConfig(env, { credHelpers: { [basicRegistry.host]: 'dockhandtest' }, auths: { [tokenRegistry.host]: {} } });
    await Promise.all([
      seedTags(openRegistry, `${repo}/app`, ['1.0', '1.1']),
      seedIndex(openRegistry, `${repo}/multi`, 'latest'),
      seedTags(basicRegistry, `${repo}/app`, ['1.0']),
      seedTags(tokenRegistry, `${repo}/app`, ['1.0', 'keep']),
      seedTags(tlsRegistry, `${repo}/app`, ['1.0']),
      seedRepositories(openRegistry, pagingRepos),
    ]);
    await (await tree()).list.add(openRegistry.host);
    (await tree()).refresh();
  });

  after(async () => {
    await Promise.all(
      pulled.map(ref =>
        docker()
          .getImage(ref)
          .remove({ force: true })
          .catch(() => undefined),
      ),
    );
    await removeLabelled();
    await env.restore();
    const t = await tree();
    await t.list.remove(openRegistry.host);
    await t.list.remove(tlsRegistry.host);
    t.refresh();
  });

  it('lists Docker Hub and every registry of config.json (auths and credHelpers) without any set-up', async () => {
    const t = await tree();
    const hosts = (await t.registryNodes()).map(n => n.registry.host);
    assert.equal(hosts[0], 'docker.io');
    assert.ok(hosts.includes(basicRegistry.host) && hosts.includes(tokenRegistry.host), hosts.join(', '));
    assert.equal(labelOf(t, await registryNode(t, 'docker.io')), 'Docker Hub');
    // Docker Hub without credentials offers a login instead of a listing (no internet needed).
    const [hint] = await t.getChildren(await registryNode(t, 'docker.io'));
    assert.ok(hint && hint.kind === 'hint', 'a hint to log in');
    assert.equal(itemOf(t, hint).command?.command, 'dockhand.registries.login');
  });

  it('lists the hosts a credsStore helper holds', async () => {
    const saved = fs.readFileSync(path.join(env.configDir, 'config.json'), 'utf8');
    fs.writeFileSync(env.helperFile, JSON.stringify({ 'registry.example.invalid:5443': { Username: 'someone', Secret: 'x' } }));
    writeDockerConfig(env, { credsStore: 'dockhandtest' });
    try {
      const t = await tree();
      t.refresh();
      const node = await registryNode(t, 'registry.example.invalid:5443');
      assert.equal(itemOf(t, node).description, 'as someone');
    } finally {
      fs.writeFileSync(path.join(env.configDir, 'config.json'), saved);
      fs.rmSync(env.helperFile, { force: true });
      (await tree()).refresh();
    }
  });

  it('refuses a wrong password and stores nothing', async () => {
    const before = readDockerConfig(env);
    const token = await reportedBy('dockhand.registries.login', tokenRegistry.host, { username: 'dockhand', password: 'wrong' });
    assert.equal(token.kind, 'unauthorized');
    assert.match(token.message, /127\.0\.0\.1:5003 refused the user name or password/);
    assert.deepEqual(readDockerConfig(env), before);
    const basic = await reportedBy('dockhand.registries.login', basicRegistry.host, { username: 'dockhand', password: 'wrong' });
    assert.match(basic.message, /127\.0\.0\.1:5002 refused the user name or password/);
    assert.deepEqual(readHelperStore(env), {});
  });

  it('logs in to the htpasswd registry through its credential helper, lists it, and the docker CLI pulls with those credentials', async () => {
    const location = await vscode.commands.executeCommand('dockhand.registries.login', basicRegistry.host, {
      username: 'dockhand',
      password: basicRegistry.password,
    });
    assert.deepEqual(location, { kind: 'helper', helper: 'dockhandtest' });
    assert.deepEqual(readHelperStore(env)[basicRegistry.host], { Username: 'dockhand', Secret: basicRegistry.password });
    // No password in config.json: only the empty entry the CLI keeps for helper-stored hosts.
    assert.deepEqual(readDockerConfig(env).auths?.[basicRegistry.host], {});
    const t = await tree();
    assert.equal(itemOf(t, await registryNode(t, basicRegistry.host)).description, 'as dockhand');
    const tag = await expandTag(basicRegistry.host, `${repo}/app`, '1.0');
    assert.equal(tag.kind, 'registryTag');
    const ref = `${basicRegistry.host}/${repo}/app:1.0`;
    pulled.push(ref);
    await dockerCli(['pull', ref]);
    assert.ok((await docker().getImage(ref).inspect()).Id);
  });

  it('uses the identity token the docker CLI stored for the token registry, and pulls from it', async () => {
    await dockerCli(['login', tokenRegistry.host, '-u', 'dockhand', '--password-stdin'], tokenRegistry.password);
    assert.ok(readDockerConfig(env).auths?.[tokenRegistry.host]?.identitytoken, 'the CLI stored an identity token');
    const t = await tree();
    t.refresh();
    const tagNode = await expandTag(tokenRegistry.host, `${repo}/app`, 'keep');
    const ref = await vscode.commands.executeCommand<string>('dockhand.registries.pull', tagNode);
    assert.equal(ref, `${tokenRegistry.host}/${repo}/app:keep`);
    pulled.push(ref);
    assert.ok((await docker().getImage(ref).inspect()).Id);
  });

  it('loads a catalog of more than one page on demand', async () => {
    const t = await tree();
    t.refresh();
    const registry = await registryNode(t, openRegistry.host);
    const first = await t.getChildren(registry);
    const more = first.at(-1);
    assert.ok(more?.kind === 'loadMore', 'the first page ends with Load more');
    assert.equal(first.length, 101);
    assert.equal(labelOf(t, more), 'Load more…');
    const all = await allChildren(t, registry);
    const names = all.map(n => labelOf(t, n));
    for (const name of pagingRepos) {
      assert.ok(names.includes(name), `${name} listed`);
    }
    // The same list the registry gives in one page of its largest size.
    const res = await raw(openRegistry, 'GET', '/v2/_catalog?n=1000');
    assert.deepEqual(names, (JSON.parse(res.body.toString()) as { repositories: string[] }).repositories);
  });

  it('shows digest, media type, size, created date and history of a tag, and the platforms of an index', async () => {
    const t = await tree();
    const image = await seedTags(openRegistry, `${repo}/app`, ['1.0']);
    const tag = await expandTag(openRegistry.host, `${repo}/app`, '1.0');
    const rows = await t.getChildren(tag);
    const value = (label: string) => {
      const row = rows.find(r => labelOf(t, r) === label);
      assert.ok(row, `row ${label}`);
      return String(itemOf(t, row).description);
    };
    assert.equal(value('Digest'), image.digest);
    assert.equal(value('Media type'), 'application/vnd.docker.distribution.manifest.v2+json');
    const size = image.blobs.reduce((sum, b) => sum + b.data.length, 0);
    assert.match(itemOf(t, rows.find(r => labelOf(t, r) === 'Size') as RegistryTreeNode).tooltip as string, new RegExp(`^${size} bytes`));
    assert.match(value('Created'), /^2024-05-06 07:08:09 UTC/);
    assert.equal(value('Platform'), 'linux/amd64');
    const history = rows.find(r => r.kind === 'history');
    assert.ok(history);
    const steps = (await t.getChildren(history)).map(s => labelOf(t, s));
    assert.deepEqual(steps, ['COPY hello.txt / # dockhand registry test', 'CMD ["/hello.txt"]']);

    const index = await childLabelled(t, await childLabelled(t, await registryNode(t, openRegistry.host), `${repo}/multi`), 'latest');
    const indexRows = await t.getChildren(index);
    assert.deepEqual(
      indexRows.filter(r => r.kind === 'platform').map(r => labelOf(t, r)),
      ['linux/amd64', 'linux/arm64'],
    );
    assert.equal(
      String(itemOf(t, indexRows.find(r => labelOf(t, r) === 'Media type') as RegistryTreeNode).description),
      'application/vnd.oci.image.index.v1+json',
    );
    const arm = indexRows.find(r => labelOf(t, r) === 'linux/arm64');
    assert.ok(arm);
    const armRows = await t.getChildren(arm);
    assert.equal(String(itemOf(t, armRows.find(r => labelOf(t, r) === 'Platform') as RegistryTreeNode).description), 'linux/arm64');
  });

  it('lists tags in version order, copies the full tag and the digest reference, and shows the manifest read-only', async () => {
    const image = await seedTags(openRegistry, `${repo}/app`, ['1.1', '1.10', '1.9']);
    const t = await tree();
    await vscode.commands.executeCommand('dockhand.registries.refresh');
    const tag = await expandTag(openRegistry.host, `${repo}/app`, '1.1');
    // Versions in the order people read them, whatever order the registry stores them in.
    const repoNode = await childLabelled(t, await registryNode(t, openRegistry.host), `${repo}/app`);
    assert.deepEqual(
      (await t.getChildren(repoNode)).map(n => labelOf(t, n)),
      ['1.0', '1.1', '1.9', '1.10'],
    );
    assert.equal(await vscode.commands.executeCommand('dockhand.registries.copyReference', tag), `${openRegistry.host}/${repo}/app:1.1`);
    assert.equal(await vscode.env.clipboard.readText(), `${openRegistry.host}/${repo}/app:1.1`);
    assert.equal(
      await vscode.commands.executeCommand('dockhand.registries.copyDigest', tag),
      `${openRegistry.host}/${repo}/app@${image.digest}`,
    );
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('dockhand.registries.inspectManifest', tag);
    assert.equal(doc.languageId, 'json');
    assert.deepEqual(JSON.parse(doc.getText()), JSON.parse(image.manifest.toString()));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it("pushes a local image to the htpasswd registry from the Images view with that registry's credentials", async () => {
    const source = await createImage();
    const target = await vscode.commands.executeCommand<string>('dockhand.registries.pushImage', source, basicRegistry.host, {
      name: `${repo}/pushed:v1`,
    });
    assert.equal(target, `${basicRegistry.host}/${repo}/pushed:v1`);
    pulled.push(target);
    assert.deepEqual(await registryTags(basicRegistry, `${repo}/pushed`), ['v1']);
  });

  it('deletes a tag, and names the other tags that shared its manifest', async () => {
    const repository = `${repo}/delete`;
    await seedTags(openRegistry, repository, ['a', 'b', 'c']);
    await seedIndex(openRegistry, repository, 'other');
    const result = await vscode.commands.executeCommand<{ removed: string[] }>(
      'dockhand.registries.removeTag',
      `${openRegistry.host}/${repository}:a`,
      { skipConfirmation: true },
    );
    assert.deepEqual(result.removed, ['a', 'b', 'c']);
    assert.deepEqual(await registryTags(openRegistry, repository), ['other']);
  });

  it('sees the token registry refuse deletion (HTTP 405) and keeps the tag', async () => {
    const t = await tree();
    const ref = `${tokenRegistry.host}/${repo}/app:1.0`;
    const refusal = await reportedBy('dockhand.registries.removeTag', ref, { skipConfirmation: true });
    assert.equal(refusal.kind, 'unsupported');
    assert.match(refusal.message, /127\.0\.0\.1:5003 does not allow deleting images: deletion is disabled on this registry \(HTTP 405\)/);
    assert.deepEqual(await registryTags(tokenRegistry, `${repo}/app`), ['1.0', 'keep']);
    const client = t.service.client(tokenRegistry.host);
    await assert.rejects(
      deleteManifest(client, `${repo}/app`, await manifestDigest(client, `${repo}/app`, '1.0')),
      (err: Error & { kind?: string }) => err.kind === 'unsupported' && /deletion is disabled/.test(err.message),
    );
  });

  it('trusts the TLS registry once its CA is in certs.d, and explains the failure before', async () => {
    const t = await tree();
    await t.list.add(tlsRegistry.host);
    t.refresh();
    const registry = await registryNode(t, tlsRegistry.host);
    const [problem] = await t.getChildren(registry);
    assert.ok(problem?.kind === 'problem', 'an error node');
    assert.match(labelOf(t, problem), /TLS connection to 127\.0\.0\.1:5005 failed.*certs\.d\/127\.0\.0\.1:5005/);
    assert.equal((itemOf(t, await registryNode(t, tlsRegistry.host)).iconPath as vscode.ThemeIcon).id, 'error');

    const dir = path.join(env.configDir, 'certs.d', tlsRegistry.host);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'ca.crt'), testCaCertificate());
    await vscode.commands.executeCommand('dockhand.registries.refresh');
    await expandTag(tlsRegistry.host, `${repo}/app`, '1.0');
  });

  it("marks only an unreachable registry's node and keeps listing the others", async () => {
    const t = await tree();
    assert.equal(await vscode.commands.executeCommand('dockhand.registries.add', '127.0.0.1:5019', { anonymous: true }), '127.0.0.1:5019');
    try {
      const dead = await registryNode(t, '127.0.0.1:5019');
      const [problem] = await t.getChildren(dead);
      assert.ok(problem?.kind === 'problem');
      assert.match(labelOf(t, problem), /Cannot reach the registry 127\.0\.0\.1:5019/);
      assert.equal((itemOf(t, await registryNode(t, '127.0.0.1:5019')).iconPath as vscode.ThemeIcon).id, 'error');
      assert.notEqual((itemOf(t, await registryNode(t, openRegistry.host)).iconPath as vscode.ThemeIcon).id, 'error');
      await expandTag(openRegistry.host, `${repo}/app`, '1.0');
    } finally {
      await vscode.commands.executeCommand('dockhand.registries.remove', '127.0.0.1:5019');
    }
    assert.ok(!(await t.registryNodes()).some(n => n.registry.host === '127.0.0.1:5019'));
  });

  it('logs out: the credentials are gone for the docker CLI too', async () => {
    assert.equal(await vscode.commands.executeCommand('dockhand.registries.logout', basicRegistry.host), true);
    assert.equal(readHelperStore(env)[basicRegistry.host], undefined);
    const t = await tree();
    assert.equal(itemOf(t, await registryNode(t, basicRegistry.host)).description, 'anonymous');
    const [problem] = await t.getChildren(await registryNode(t, basicRegistry.host));
    assert.ok(problem?.kind === 'problem' && problem.needsLogin, 'a login is needed');
    await assert.rejects(
      dockerCli(['pull', `${basicRegistry.host}/${repo}/app:1.0-missing`]),
      /no basic auth credentials|unauthorized|authentication required/i,
    );
  });
});
