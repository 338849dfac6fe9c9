import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SystemPruneResult } from '../../../src/engine';
import type { RemovalResult as RemoveImagesResult } from '../../../src/ui/commands/shared/removeEach';
import type { ComposeCommandResult } from '../../../src/ui/commands/compose/composeCommands';
import {
  createContainer,
  createImage,
  docker,
  labels,
  removeLabelled,
  testImage,
  testLabelKey,
  testRunId,
  uniqueName,
} from '../../support/testDocker';
import { stateOf } from './containersFixtures';
import { scriptedUser, type Question } from './dialogs';
import { askPage, renderedText } from './page';

const exists = (get: () => Promise<unknown>) =>
  get().then(
    () => true,
    () => false,
  );

describe("Questions Dockhand asks, answered in the user's place", function () {
  this.timeout(120_000);
  after(() => removeLabelled());

  it('offers Force Remove for an image a container uses, naming the container, and removes it when chosen', async () => {
    const tag = await createImage();
    const user = uniqueName('uses');
    await docker().createContainer({ Image: tag, name: user, Labels: labels });
    const answers = await scriptedUser(q =>
      q.text === 'Remove 1 image(s)?' ? 'Remove' : q.choices.includes('Force Remove') ? 'Force Remove' : undefined,
    );
    let result: RemoveImagesResult | undefined;
    try {
      result = await vscode.commands.executeCommand<RemoveImagesResult>('dockhand.images.remove', tag);
    } finally {
      answers.dispose();
    }
    const [confirm, force, ...rest] = answers.asked;
    assert.deepEqual(confirm && { text: confirm.text, modal: confirm.modal, detail: confirm.detail, choices: confirm.choices }, {
      text: 'Remove 1 image(s)?',
      modal: true,
      detail: tag,
      choices: ['Remove'],
    });
    assert.equal(force?.kind, 'warning');
    assert.equal(force?.modal, true);
    assert.deepEqual(force?.choices, ['Force Remove']);
    assert.match(force?.text ?? '', /container [0-9a-f]{12} is using its referenced image|is being used by stopped container/);
    assert.deepEqual(
      rest.filter(q => q.modal),
      [],
      'nothing more was asked',
    );
    assert.deepEqual(result?.removed, [tag]);
    assert.equal(await exists(() => docker().getImage(tag).inspect()), false);
  });

  it('keeps the image when Force Remove is declined', async () => {
    const tag = await createImage();
    await docker().createContainer({ Image: tag, name: uniqueName('uses'), Labels: labels });
    const answers = await scriptedUser(q => (q.choices.includes('Remove') ? 'Remove' : undefined));
    try {
      const result = await vscode.commands.executeCommand<RemoveImagesResult>('dockhand.images.remove', tag);
      assert.deepEqual(result?.removed, []);
      assert.equal(result?.refused[0]?.name, tag);
    } finally {
      answers.dispose();
    }
    assert.equal(await exists(() => docker().getImage(tag).inspect()), true);
  });

  it('asks Compose Down whether to remove the volumes, and does what the answer says', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-down-'));
    const project = `down${testRunId.replace(/[^a-z0-9]/g, '')}`;
    const file = path.join(dir, project, 'compose.yaml');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(
      file,
      [
        'services:',
        '  app:',
        `    image: ${testImage}`,
        '    volumes: [data:/data]',
        `    labels: { ${testLabelKey}: "${testRunId}" }`,
        'volumes:',
        `  data: { labels: { ${testLabelKey}: "${testRunId}" } }`,
        '',
      ].join('\n'),
    );
    const volume = `${project}_data`;
    const down = async (answer: string | undefined): Promise<Question[]> => {
      const up = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.compose.up', vscode.Uri.file(file));
      assert.equal(await up?.exitCode, 0, up?.output());
      const answers = await scriptedUser(() => answer);
      try {
        const run = await vscode.commands.executeCommand<ComposeCommandResult>('dockhand.compose.down', vscode.Uri.file(file));
        assert.equal(await run?.exitCode, 0, run?.output());
      } finally {
        answers.dispose();
      }
      return [...answers.asked];
    };
    try {
      const [asked] = await down('Down');
      assert.equal(asked?.text, `Stop and remove the containers and networks of compose project "${project}"?`);
      assert.equal(asked?.modal, true);
      assert.match(asked?.detail ?? '', /Removing volumes also deletes the data/);
      assert.deepEqual(asked?.choices, ['Down', 'Down and Remove Volumes']);
      assert.equal(await exists(() => docker().getVolume(volume).inspect()), true, 'Down keeps the volume');
      await down('Down and Remove Volumes');
      assert.equal(await exists(() => docker().getVolume(volume).inspect()), false, 'the volume went with the project');
      assert.deepEqual(await docker().listContainers({ all: true, filters: { label: [`com.docker.compose.project=${project}`] } }), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists what System prune removes, volumes apart, before it removes anything', async () => {
    // Labelled for this test alone: the prune lists only what it created.
    const only = { ...labels, 'dockhand.test.prune': testRunId };
    const pruneLabels = [`dockhand.test.prune=${testRunId}`];
    const name = uniqueName('prunable');
    const stopped = await docker().createContainer({ Image: testImage, name, Labels: only });
    const networkName = uniqueName('prunable');
    await docker().createNetwork({ Name: networkName, Labels: only });
    const volume = uniqueName('prunable');
    await docker().createVolume({ Name: volume, Labels: only });
    const declined = await scriptedUser(() => undefined);
    try {
      assert.equal(await vscode.commands.executeCommand('dockhand.system.prune', { labels: pruneLabels }), undefined);
    } finally {
      declined.dispose();
    }
    const [question] = declined.asked;
    assert.equal(question?.text, 'Remove everything unused?');
    assert.deepEqual(question?.choices, ['Prune', 'Prune Including Volumes']);
    const [everything, withVolumes] = (question?.detail ?? '').split('With volumes, also:');
    assert.match(everything ?? '', new RegExp(`^Stopped containers \\(1\\): ${name}$`, 'm'));
    assert.match(everything ?? '', new RegExp(`^Unused networks \\(1\\): ${networkName}$`, 'm'));
    assert.doesNotMatch(everything ?? '', new RegExp(volume), 'volumes only on request');
    assert.match(withVolumes ?? '', new RegExp(`^Unused volumes \\(1\\): ${volume}$`, 'm'));
    assert.equal(await exists(() => stopped.inspect()), true, 'declining removed nothing');

    const accepted = await scriptedUser(() => 'Prune');
    let result: SystemPruneResult | undefined;
    try {
      result = await vscode.commands.executeCommand<SystemPruneResult>('dockhand.system.prune', { labels: pruneLabels });
    } finally {
      accepted.dispose();
    }
    assert.deepEqual(result?.containers, [stopped.id]);
    assert.deepEqual(result?.volumes, [], 'Prune without volumes');
    assert.equal(await exists(() => docker().getVolume(volume).inspect()), true);
  });

  it('asks for the target of a palette command, offering only the containers it applies to', async () => {
    const running = await createContainer({ start: true });
    const stopped = await createContainer();
    const [runningName, stoppedName] = [(await stateOf(running)).name, (await stateOf(stopped)).name];
    const answers = await scriptedUser(q => (q.kind === 'pick' ? [runningName] : undefined));
    try {
      await vscode.commands.executeCommand('dockhand.containers.stop');
    } finally {
      answers.dispose();
    }
    const [pick] = answers.asked;
    assert.equal(pick?.kind, 'pick');
    assert.equal(pick?.canPickMany, true);
    assert.ok(pick?.choices.includes(runningName), 'the running container is offered');
    assert.ok(!pick?.choices.includes(stoppedName), 'a stopped container is not offered for Stop');
    assert.equal((await stateOf(running)).status, 'exited');
  });

  it("takes the target from VS Code's own quick pick, as the browser shows it", async () => {
    const container = await createContainer();
    const { name } = await stateOf(container);
    const inspected = vscode.commands.executeCommand<vscode.TextDocument>('dockhand.containers.inspect');
    await renderedText('.quick-input-widget .quick-input-box input');
    assert.deepEqual(await askPage({ op: 'evaluate', expression: 'document.querySelector(".quick-input-widget input").placeholder' }), [
      'Choose a container',
    ]);
    await askPage({ op: 'type', text: name });
    await renderedText(`.quick-input-widget .monaco-list-row[aria-label*="${name}"]`);
    await askPage({ op: 'press', key: 'Enter' });
    const doc = await inspected;
    assert.equal((JSON.parse(doc.getText()) as { Id: string }).Id, container.id);
  });
});
