import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BuildOutput } from '../../src/engine';
import { docker, removeLabelled, testImage, testLabelKey, testRunId } from '../support/testDocker';
import { engine, rejectsWith, tempDir } from '../support/engineUnderTest';

describe('(integration) image builds', () => {
  const e = engine();
  let context: string;
  beforeEach(async () => {
    context = await tempDir('dockhand-build-');
  });
  afterEach(async () => {
    await removeLabelled();
    await fs.promises.rm(context, { recursive: true, force: true });
  });

  it('builds a target stage with build args, labels and .dockerignore, streaming its output', async () => {
    await fs.promises.mkdir(path.join(context, 'docker'));
    await fs.promises.mkdir(path.join(context, 'secret'));
    await fs.promises.writeFile(
      path.join(context, 'docker', 'App.dockerfile'),
      [
        `FROM ${testImage} AS base`,
        'ARG GREETING=unset',
        'COPY . /ctx/',
        'RUN echo "greeting=$GREETING" && echo "$GREETING" > /greeting',
        'FROM base AS final',
        'RUN echo never-built > /final',
      ].join('\n'),
    );
    await fs.promises.writeFile(path.join(context, 'kept.txt'), 'kept');
    await fs.promises.writeFile(path.join(context, 'a;b $(x).txt'), 'odd name');
    await fs.promises.writeFile(path.join(context, 'secret', 'key'), 'do not send');
    await fs.promises.writeFile(path.join(context, 'notes.log'), 'ignored');
    await fs.promises.writeFile(path.join(context, '.dockerignore'), 'secret\n*.log\n');

    const output: BuildOutput[] = [];
    const tag = `dockhand-test/build-${testRunId}:v1`;
    const result = await e.buildImage({
      context,
      dockerfile: 'docker/App.dockerfile',
      tags: [tag],
      buildArgs: { GREETING: 'hello; $(rm -rf /)' },
      target: 'base',
      labels: { [testLabelKey]: testRunId },
      noCache: true,
      onOutput: o => output.push(o),
    });
    const image = await docker().getImage(tag).inspect();
    assert.equal(image.Id, result.imageId);
    assert.equal(image.Config.Labels[testLabelKey], testRunId);
    const logs = output.filter(o => o.kind === 'log').map(o => o.text);
    assert.ok(
      logs.some(l => l.includes('greeting=hello; $(rm -rf /)')),
      logs.join('\n'),
    );
    assert.ok(!logs.some(l => l.includes('never-built')), 'the final stage is not built');

    const files = await e.execAndWait(await runFrom(tag), [
      'sh',
      '-c',
      'ls -A /ctx; cat /greeting; test -e /final && echo has-final || true',
    ]);
    const listing = files.stdout.split('\n');
    assert.ok(listing.includes('kept.txt') && listing.includes('a;b $(x).txt') && listing.includes('docker'), files.stdout);
    assert.ok(!listing.includes('secret') && !listing.includes('notes.log'), files.stdout);
    assert.ok(listing.includes('hello; $(rm -rf /)'), files.stdout);
    assert.ok(!listing.includes('has-final'), files.stdout);
  });

  it('pulls a base image from a registry during the build, reporting its progress', async () => {
    const base = `127.0.0.1:5000/dockhand-test/base-${testRunId}:v1`;
    try {
      await e.tagImage(testImage, base);
      await e.pushImage(base);
      await e.removeImage(base);
      await fs.promises.writeFile(path.join(context, 'Dockerfile'), `FROM ${base}\nRUN echo pulled-base\n`);
      const output: BuildOutput[] = [];
      const tag = `dockhand-test/build-${testRunId}:pulled`;
      await e.buildImage({ context, tags: [tag], pull: true, labels: { [testLabelKey]: testRunId }, onOutput: o => output.push(o) });
      assert.ok(
        output.some(o => o.kind === 'progress' && /Pulling from|Digest|Downloaded|up to date/.test(o.progress.status)),
        JSON.stringify(output),
      );
      assert.ok(output.some(o => o.kind === 'log' && o.text === 'pulled-base'));
      assert.ok(await docker().getImage(tag).inspect());
    } finally {
      await docker()
        .getImage(base)
        .remove({ force: true })
        .catch(() => undefined);
    }
  });

  it("classifies a failing build step with the builder's message", async () => {
    await fs.promises.writeFile(path.join(context, 'Dockerfile'), `FROM ${testImage}\nRUN echo about to fail && exit 42\n`);
    const err = await rejectsWith(
      e.buildImage({ context, labels: { [testLabelKey]: testRunId } }),
      'failed',
      /returned a non-zero code: 42/,
    );
    assert.match(err.message, /^The build failed: /);
  });

  it('refuses a Dockerfile outside the context and a missing one', async () => {
    await rejectsWith(e.buildImage({ context, dockerfile: '../Dockerfile' }), 'invalid', /inside the build context/);
    await rejectsWith(e.buildImage({ context, dockerfile: 'Nope.dockerfile' }), 'notFound', /no Dockerfile/);
  });

  it('cancels a running build', async () => {
    // The step outlives the test's timeout: the build ends only because the abort cancelled it.
    await fs.promises.writeFile(path.join(context, 'Dockerfile'), `FROM ${testImage}\nRUN echo started && sleep 3600\n`);
    const controller = new AbortController();
    const building = e.buildImage(
      {
        context,
        noCache: true,
        labels: { [testLabelKey]: testRunId },
        onOutput: o => {
          if (o.kind === 'log' && o.text.includes('started')) {
            controller.abort();
          }
        },
      },
      controller.signal,
    );
    await rejectsWith(building, 'cancelled');
  });

  async function runFrom(image: string): Promise<string> {
    const c = await docker().createContainer({ Image: image, Labels: { [testLabelKey]: testRunId } });
    await c.start();
    return c.id;
  }
});
