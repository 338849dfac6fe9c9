import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BuildCommandResult } from '../../../src/ui/commands/images/buildImage';
import type { RunResult } from '../../../src/engine';
import { docker, labels, removeLabelled, testImage, testRunId } from '../../support/testDocker';

const dockerfile = `ARG BASE=${testImage}
FROM \${BASE} AS first
ARG GREETING=hello
RUN echo "$GREETING" > /greeting

FROM first AS final
RUN cat /greeting > /copy && echo "$(cat /greeting)-copied"

FROM final AS never
RUN exit 1
`;

async function dockerfileIn(folderName: string): Promise<vscode.Uri> {
  const folder = path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dockhand-build-')), folderName);
  await fs.promises.mkdir(folder);
  const file = path.join(folder, 'Dockerfile');
  await fs.promises.writeFile(file, dockerfile);
  return vscode.Uri.file(file);
}

describe('Images: build from a Dockerfile', () => {
  after(() => removeLabelled());

  it('builds a target stage with build args and reports the history with cached steps', async () => {
    const uri = await dockerfileIn(`App-${testRunId}`);
    const options = { target: 'final', buildArgs: { GREETING: `hi-${testRunId}` }, labels };
    const first = await vscode.commands.executeCommand<BuildCommandResult>('dockhand.images.buildFromDockerfile', uri, options);
    // Tag from the folder name, lowercased; the target stage, not the one after it.
    assert.equal(first.tag, `app-${testRunId}:latest`);
    const image = await docker().getImage(first.tag).inspect();
    assert.equal(image.Id, first.imageId);
    const history = (await docker().getImage(first.tag).history()) as Array<{ CreatedBy: string }>;
    assert.equal(first.history.length, history.length);
    assert.deepEqual(
      first.history.map(e => e.createdBy),
      history.map(h => h.CreatedBy),
    );
    // The build's labels come last, as a LABEL step of their own.
    assert.match(first.history[0]?.createdBy ?? '', /LABEL dockhand\.test=/);
    const copyStep = (result: BuildCommandResult) => result.history.find(e => e.createdBy.includes('cat /greeting > /copy'));
    assert.equal(copyStep(first)?.cached, false);
    assert.ok(
      history.some(h => h.CreatedBy.includes(`GREETING=hi-${testRunId}`)),
      'build arg used',
    );
    assert.ok(!history.some(h => h.CreatedBy.includes('exit 1')), 'stopped at the target');

    const again = await vscode.commands.executeCommand<BuildCommandResult>('dockhand.images.buildFromDockerfile', uri.toString(), options);
    assert.equal(again.imageId, first.imageId);
    assert.equal(copyStep(again)?.cached, true, 'the rebuilt step came from the cache');
    // Layers of the base image are not this build's steps, so never marked cached.
    assert.equal(again.history.at(-1)?.cached, false);
  });

  it('builds and runs the last stage of a Dockerfile', async () => {
    const uri = await dockerfileIn(`run-${testRunId}`);
    await fs.promises.writeFile(uri.fsPath, `FROM ${testImage}\nCMD ["sleep", "60"]\n`);
    const result = await vscode.commands.executeCommand<{ build: BuildCommandResult; run: RunResult }>(
      'dockhand.images.runFromDockerfile',
      uri,
      { labels },
    );
    const info = await docker().getContainer(result.run.id).inspect();
    assert.equal(info.State.Running, true);
    assert.equal(info.Image, result.build.imageId);
  });
});
