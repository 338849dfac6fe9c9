import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as vscode from 'vscode';
import type { RunResult } from '../../../src/engine';
import type { BuildCommandResult } from '../../../src/ui/commands/images/buildImage';
import type { ScaffoldResult } from '../../../src/ui/commands/scaffold/addDockerFiles';
import { packEntries } from '../../../src/engine/tar/tarHeader';
import { eventually } from '../../support/eventually';
import { docker, labels, removeLabelled, testLabelKey, testRunId } from '../../support/testDocker';
import { scriptedUser, type Question } from './dialogs';
import { reportedBy } from './helpers';
import { repoRoot } from '../../support/fixtures';

/**
 * A stand-in for a base image the scaffold's Dockerfile names, built from the local busybox test
 * image under that exact tag (never pulled: there is no registry to pull from). It serves like the
 * unprivileged nginx image: `nginx` runs busybox httpd on 8080 over /usr/share/nginx/html, and
 * the user nginx (101) exists.
 */
async function standInFor(tag: string): Promise<void> {
  const existing = await docker()
    .getImage(tag)
    .inspect()
    .catch(() => undefined);
  if (existing && existing.Config?.Labels?.[testLabelKey] === undefined) {
    throw new Error(`${tag} exists on this engine and is not a test stand-in: the test will not replace it`);
  }
  const dockerfile = Buffer.from(
    [
      'FROM dockhand-test/busybox:base',
      'RUN mkdir -p /usr/share/nginx/html \\',
      " && echo 'nginx:x:101:101:nginx:/nonexistent:/bin/false' >> /etc/passwd \\",
      " && echo 'nginx:x:101:' >> /etc/group \\",
      ` && printf '#!/bin/sh\\nexec httpd -f -p 8080 -h /usr/share/nginx/html\\n' > /bin/nginx \\`,
      ' && chmod 755 /bin/nginx',
      // No USER here (the real image has one): the container's user must come from the generated Dockerfile.
      `LABEL ${testLabelKey}=${testRunId}`,
      '',
    ].join('\n'),
  );
  const context = packEntries([
    { entry: { name: 'Dockerfile', type: 'file', size: dockerfile.length, mode: 0o644, mtime: new Date() }, data: dockerfile },
  ]);
  const stream = await docker().buildImage(Readable.from([context]), { t: tag });
  await new Promise((resolve, reject) =>
    docker().modem.followProgress(stream, (err: Error | null, output: Array<{ error?: string }>) =>
      err || output.some(o => o.error) ? reject(err ?? new Error(output.find(o => o.error)?.error)) : resolve(undefined),
    ),
  );
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, res => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
      })
      .on('error', reject);
  });
}

describe('Add Docker Files (dockhand.scaffold)', function () {
  this.timeout(180_000);
  const root = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
  const page = '<!doctype html><title>scaffolded</title><h1>served from a scaffolded image</h1>\n';
  let site: string;

  before(async () => {
    site = path.join(root(), `scaffold-site-${testRunId}`);
    await fs.promises.mkdir(site, { recursive: true });
    await fs.promises.writeFile(path.join(site, 'index.html'), page);
  });
  after(async () => {
    await removeLabelled();
    await fs.promises.rm(site, { recursive: true, force: true });
  });

  it('writes nothing when the user cancels at the summary', async () => {
    const user = await scriptedUser(() => undefined);
    try {
      const result = await vscode.commands.executeCommand<ScaffoldResult | undefined>('dockhand.scaffold', vscode.Uri.file(site));
      assert.equal(result, undefined);
    } finally {
      user.dispose();
    }
    assert.equal(user.asked.length, 1);
    assert.equal(user.asked[0].modal, true);
    assert.match(user.asked[0].text, /Static site/);
    assert.deepEqual(fs.readdirSync(site), ['index.html']);
  });

  it('asks per existing file, keeps what the user skips, and the written Dockerfile builds and serves the site', async () => {
    const ownCompose = 'services:\n  mine:\n    image: dockhand-test/busybox:latest\n';
    await fs.promises.writeFile(path.join(site, 'compose.yaml'), ownCompose);
    await fs.promises.writeFile(path.join(site, '.dockerignore'), 'old-pattern\n');
    const answer = (q: Question) => {
      if (q.choices.includes('Add Files')) {
        return 'Add Files';
      }
      if (q.text.startsWith('compose.yaml already exists')) {
        return 'Skip';
      }
      if (q.text.startsWith('.dockerignore already exists')) {
        return 'Overwrite';
      }
      return undefined;
    };
    const user = await scriptedUser(answer);
    let result: ScaffoldResult | undefined;
    try {
      result = await vscode.commands.executeCommand<ScaffoldResult>('dockhand.scaffold', vscode.Uri.file(site));
    } finally {
      user.dispose();
    }
    // The summary names the stack and every file with its state; one overwrite question per existing file.
    const questions = user.asked.filter(q => q.modal);
    assert.deepEqual(
      questions.map(q => q.text),
      [
        `Add Docker files for the Static site project in scaffold-site-${testRunId}?`,
        `.dockerignore already exists in scaffold-site-${testRunId}. Overwrite it?`,
        `compose.yaml already exists in scaffold-site-${testRunId}. Overwrite it?`,
      ],
    );
    assert.match(
      questions[0].detail ?? '',
      /Dockerfile \(new\)\n\.dockerignore \(exists: you choose\)\ncompose\.yaml \(exists: you choose\)/,
    );
    assert.match(
      questions[0].detail ?? '',
      /• serves the folder with nginx on port 8080\n• images: nginxinc\/nginx-unprivileged:1\.30-alpine \(runtime\)\n/,
    );
    assert.deepEqual(questions[1].choices, ['Overwrite', 'Skip']);
    assert.deepEqual(result, {
      folder: site,
      stack: 'static',
      written: [path.join(site, 'Dockerfile'), path.join(site, '.dockerignore')],
      kept: [path.join(site, 'compose.yaml')],
    });
    assert.equal(fs.readFileSync(path.join(site, 'compose.yaml'), 'utf8'), ownCompose);
    const ignore = fs.readFileSync(path.join(site, '.dockerignore'), 'utf8').split('\n');
    assert.ok(!ignore.includes('old-pattern') && ignore.includes('.env'), ignore.join('\n'));
    // The Dockerfile is opened for review.
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, path.join(site, 'Dockerfile'));

    // Build it with Dockhand's own build on the engine, over a stand-in of the exact base tag it names, and run it.
    const dockerfile = fs.readFileSync(path.join(site, 'Dockerfile'), 'utf8');
    const bases = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map(m => m[1]);
    assert.deepEqual(bases, ['nginxinc/nginx-unprivileged:1.30-alpine']);
    await standInFor(bases[0]);
    const tag = `dockhand-test/scaffolded-${testRunId}:latest`;
    const ran = await vscode.commands.executeCommand<{ build: BuildCommandResult; run: RunResult }>(
      'dockhand.images.runFromDockerfile',
      vscode.Uri.file(path.join(site, 'Dockerfile')),
      { tag, labels },
    );
    const info = await docker().getContainer(ran.run.id).inspect();
    assert.equal(info.Config.User, 'nginx', 'runs as the unprivileged user');
    assert.deepEqual(info.Config.Cmd, ['nginx', '-g', 'daemon off;']);
    assert.deepEqual(info.Config.Healthcheck?.Test, ['CMD', 'wget', '-q', '--spider', 'http://127.0.0.1:8080/']);
    const published = ran.run.ports.find(p => p.containerPort === 8080 && p.hostPort);
    assert.ok(published, JSON.stringify(ran.run.ports));
    let answered: { status: number; body: string } | undefined;
    await eventually(async () => {
      answered = await get(`http://127.0.0.1:${published.hostPort}/`).catch(() => undefined);
      return answered !== undefined;
    }, 'the container to answer on its published port');
    assert.equal(answered?.status, 200);
    assert.equal(answered?.body, page);
    // The .dockerignore kept the compose file out of the image.
    const missing = await get(`http://127.0.0.1:${published.hostPort}/compose.yaml`);
    assert.equal(missing.status, 404);
  });

  it('offers the projects of a monorepo and asks what it cannot detect: the main package and the port', async () => {
    const mono = path.join(root(), `scaffold-mono-${testRunId}`);
    await fs.promises.cp(path.join(repoRoot, 'test', 'fixtures', 'scaffold', 'monorepo'), mono, { recursive: true });
    const user = await scriptedUser(q => {
      if (q.kind === 'pick' && q.choices.includes('web')) {
        return path.join('services', 'api');
      }
      if (q.kind === 'pick') {
        return './cmd/api';
      }
      if (q.kind === 'input') {
        return '8080';
      }
      return q.choices.includes('Add Files') ? 'Add Files' : undefined;
    });
    try {
      const result = await vscode.commands.executeCommand<ScaffoldResult>('dockhand.scaffold', vscode.Uri.file(mono));
      assert.equal(result.stack, 'go');
      assert.equal(result.folder, path.join(mono, 'services', 'api'));
    } finally {
      user.dispose();
      await fs.promises.rm(mono, { recursive: true, force: true }).catch(() => undefined);
    }
    assert.deepEqual(
      user.asked.filter(q => q.kind === 'pick' || q.kind === 'input').map(q => [q.kind, q.text, q.choices]),
      [
        ['pick', 'Several projects found: which one gets Docker files?', ['web', path.join('services', 'api')]],
        ['pick', 'Which main package is the app?', ['./cmd/api', './cmd/worker']],
        ['input', 'Which port does the app listen on? (empty: it serves no port)', []],
      ],
    );
  });

  it('says which projects it knows when the folder has none', async () => {
    const empty = path.join(root(), `scaffold-empty-${testRunId}`);
    await fs.promises.mkdir(empty, { recursive: true });
    await fs.promises.writeFile(path.join(empty, 'notes.txt'), 'nothing to containerize\n');
    try {
      const report = await reportedBy('dockhand.scaffold', vscode.Uri.file(empty));
      assert.equal(report.kind, 'notFound');
      assert.match(report.message, /^No project found in .*scaffold-empty-.*Node\.js \(package\.json\).*static sites \(index\.html\)\.$/);
      assert.deepEqual(fs.readdirSync(empty), ['notes.txt']);
    } finally {
      await fs.promises.rm(empty, { recursive: true, force: true });
    }
  });
});
