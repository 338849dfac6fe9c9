import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CredentialStore, DockerConfigFile, credentialKey, normalizeHost } from '../../../src/registry';
import { repoRoot } from '../../support/fixtures';
import { credentialHelperBin } from '../../support/testRegistries';

describe("CredentialStore (the docker CLI's credential resolution)", () => {
  let dir: string;
  let store: CredentialStore;
  const saved = { PATH: process.env.PATH, DOCKHANDTEST_CREDENTIALS: process.env.DOCKHANDTEST_CREDENTIALS };
  const config = () => JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
  const write = (value: object) => fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(value));
  const helperFile = () => path.join(dir, 'helper.json');

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-cred-'));
    store = new CredentialStore(new DockerConfigFile(() => dir));
    process.env.PATH = `${credentialHelperBin(repoRoot)}${path.delimiter}${saved.PATH ?? ''}`;
    process.env.DOCKHANDTEST_CREDENTIALS = helperFile();
  });
  afterEach(() => {
    process.env.PATH = saved.PATH;
    if (saved.DOCKHANDTEST_CREDENTIALS === undefined) {
      delete process.env.DOCKHANDTEST_CREDENTIALS;
    } else {
      process.env.DOCKHANDTEST_CREDENTIALS = saved.DOCKHANDTEST_CREDENTIALS;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores in auths as base64 user:password when no helper is configured, keeping other keys, readable by the owner only', async () => {
    write({ currentContext: 'remote', proxies: { default: {} } });
    assert.deepEqual(await store.store('127.0.0.1:5002', { username: 'me', password: 's3cret' }), {
      kind: 'file',
      path: path.join(dir, 'config.json'),
    });
    const written = config();
    assert.equal(written.currentContext, 'remote');
    assert.deepEqual(written.proxies, { default: {} });
    assert.equal(written.auths['127.0.0.1:5002'].auth, Buffer.from('me:s3cret').toString('base64'));
    assert.equal(fs.statSync(path.join(dir, 'config.json')).mode & 0o777, 0o600);
    assert.deepEqual(await store.get('http://127.0.0.1:5002/v2/'), { username: 'me', password: 's3cret' });
  });

  it("keeps Docker Hub under https://index.docker.io/v1/ and finds it by any of Hub's names", async () => {
    await store.store('docker.io', { username: 'me', password: 'pat' });
    assert.ok(config().auths['https://index.docker.io/v1/']);
    for (const name of ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'https://index.docker.io/v1/']) {
      assert.equal((await store.get(name))?.password, 'pat', name);
    }
  });

  it('stores an identity token instead of the password, as docker login does', async () => {
    await store.store('127.0.0.1:5003', { username: 'me', identityToken: 'refresh' });
    assert.deepEqual(config().auths['127.0.0.1:5003'], { auth: Buffer.from('me:').toString('base64'), identitytoken: 'refresh' });
    assert.deepEqual(await store.get('127.0.0.1:5003'), { username: 'me', identityToken: 'refresh' });
  });

  it('prefers credHelpers[host], then credsStore, then auths', async () => {
    fs.writeFileSync(helperFile(), JSON.stringify({ 'a.example': { Username: 'from-helper', Secret: 'h' } }));
    write({
      credHelpers: { 'a.example': 'dockhandtest' },
      auths: {
        'a.example': { auth: Buffer.from('from-file:f').toString('base64') },
        'b.example': { auth: Buffer.from('file-b:f').toString('base64') },
      },
    });
    assert.equal((await store.get('a.example'))?.username, 'from-helper');
    assert.equal((await store.get('b.example'))?.username, 'file-b');
    write({ credsStore: 'dockhandtest', auths: { 'b.example': { auth: Buffer.from('file-b:f').toString('base64') } } });
    // With a credsStore the file's password is not used: the store is asked (and has nothing for b).
    assert.equal(await store.get('b.example'), undefined);
  });

  it('stores through the helper with <token> for identity tokens, keeps an empty auths entry, and erases', async () => {
    write({ credsStore: 'dockhandtest' });
    assert.deepEqual(await store.store('127.0.0.1:5003', { username: 'me', identityToken: 'refresh' }), {
      kind: 'helper',
      helper: 'dockhandtest',
    });
    assert.deepEqual(JSON.parse(fs.readFileSync(helperFile(), 'utf8'))['127.0.0.1:5003'], { Username: '<token>', Secret: 'refresh' });
    assert.deepEqual(config().auths['127.0.0.1:5003'], {});
    assert.deepEqual(await store.get('127.0.0.1:5003'), { username: '', identityToken: 'refresh' });
    assert.equal(await store.erase('127.0.0.1:5003'), true);
    assert.deepEqual(JSON.parse(fs.readFileSync(helperFile(), 'utf8')), {});
    assert.equal(config().auths['127.0.0.1:5003'], undefined);
    assert.equal(await store.erase('127.0.0.1:5003'), false);
  });

  it('lists the hosts of auths, credHelpers and the credsStore helper', async () => {
    fs.writeFileSync(helperFile(), JSON.stringify({ 'https://c.example/v2/': { Username: 'x', Secret: 'y' } }));
    write({
      auths: { 'https://a.example': {}, 'https://index.docker.io/v1/': {} },
      credHelpers: { 'b.example:5000': 'dockhandtest' },
      credsStore: 'dockhandtest',
    });
    assert.deepEqual(await store.knownHosts(), { hosts: ['a.example', 'b.example:5000', 'c.example', 'docker.io'], problems: [] });
  });

  it('reports a missing helper program and a malformed config.json clearly', async () => {
    write({ credsStore: 'not-installed-anywhere' });
    await assert.rejects(store.get('a.example'), /docker-credential-not-installed-anywhere .*not installed/);
    assert.match((await store.knownHosts()).problems[0] ?? '', /not installed/);
    fs.writeFileSync(path.join(dir, 'config.json'), '{ "auths": ');
    await assert.rejects(store.get('a.example'), /config\.json is not valid JSON/);
  });

  it('normalizes hosts as the CLI does', () => {
    assert.equal(normalizeHost('https://Registry.Example.com:5000/v2/'), 'registry.example.com:5000');
    assert.equal(normalizeHost('index.docker.io'), 'docker.io');
    assert.equal(credentialKey('registry-1.docker.io'), 'https://index.docker.io/v1/');
    assert.equal(credentialKey('http://127.0.0.1:5000'), '127.0.0.1:5000');
  });
});
