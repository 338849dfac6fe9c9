import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ContainerSummary } from '../../../src/engine';
import type { MergedLogsRun } from '../../../src/ui/commands/containers/MergedLogsPanel';
import { docker, execOut, removeLabelled, testRunId } from '../../support/testDocker';
import { eventually } from '../../support/eventually';
import { labelledContainer, stateOf } from './containersFixtures';
import { dockhand, testing } from './helpers';
import { askPage } from './page';

/** Evaluates `body` (a function body) in the merged log view's frame; undefined until that page exists. */
async function inLogsPage<T>(body: string): Promise<T | undefined> {
  const values = await askPage<unknown[]>({
    op: 'evaluate',
    expression: `(() => { if (!document.getElementById('spacer') || !document.getElementById('sources')) { return null; } ${body} })()`,
    frame: '',
  });
  return values.find(v => v !== null && v !== undefined) as T | undefined;
}

interface RenderedRow {
  readonly src: string;
  readonly colour: string;
  readonly text: string;
  readonly level: string;
  readonly stream: string;
  readonly marks: string[];
  readonly iso: string;
}

/** The row elements the browser shows, top to bottom. */
const rowsScript = `
  return [...document.querySelectorAll('#spacer .row')]
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
    .map(r => ({
      src: r.querySelector('.src').textContent,
      colour: getComputedStyle(r.querySelector('.src')).color,
      text: r.querySelector('.text').textContent,
      level: r.querySelector('.level').textContent,
      stream: r.querySelector('.stream').textContent,
      marks: [...r.querySelectorAll('mark')].map(m => m.textContent),
      iso: r.querySelector('.time').title,
    }));`;

/** Waits until `body` answers something in the page, and answers it. */
async function pageValue<T>(body: string, what: string, timeoutMs?: number): Promise<T> {
  let value: T | undefined;
  await eventually(async () => (value = await inLogsPage<T>(body)) !== undefined, what, timeoutMs);
  return value as T;
}

const rendered = async () => (await inLogsPage<RenderedRow[]>(rowsScript)) ?? [];

/** What `var(--vscode-charts-<name>)` resolves to in the page's theme. */
const chartColour = async (name: string) =>
  inLogsPage<string>(`
    const probe = document.createElement('span');
    probe.style.color = 'var(--vscode-charts-${name})';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;`);

async function summaryOf(id: string): Promise<ContainerSummary> {
  const found = (await (await dockhand()).engine.listContainers({ all: true })).find(c => c.id === id);
  assert.ok(found, `container ${id} listed`);
  return found;
}

const jsonLine = '{"level":"warn","msg":"alpha json","n":1}';

describe('Merged log view', function () {
  this.timeout(240_000);
  let tmp: string;
  const runs: MergedLogsRun[] = [];
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-merged-logs-'));
  });
  afterEach(async () => {
    for (const run of runs.splice(0)) {
      run.panel.dispose();
      await run.stopped;
    }
  });
  after(async () => {
    await removeLabelled();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('merges two containers by timestamp with a colour each, filters, levels, JSON, jump, restart, removal and save', async () => {
    // Both wait for the same second T, then print at T+0,2,4 (alpha) and T+1,3,5 (beta): the order is known.
    const start = Math.ceil(Date.now() / 1000) + 3;
    const wait = `while [ $(date +%s) -lt ${start} ]; do sleep 0.05; done`;
    const alpha = await labelledContainer({
      start: true,
      cmd: ['sh', '-c', `${wait}; echo "alpha one"; sleep 2; echo '${jsonLine}'; sleep 2; echo "alpha three"; exec sleep 3600`],
    });
    const beta = await labelledContainer({
      start: true,
      cmd: [
        'sh',
        '-c',
        `${wait}; sleep 1; echo "beta one"; sleep 2; echo "ERROR beta failed" >&2; sleep 2; echo "beta three"; exec sleep 3600`,
      ],
    });
    const alphaName = (await stateOf(alpha)).name;
    const betaName = (await stateOf(beta)).name;
    // Opened after both printed everything: each log arrives whole, one after the other, and only the
    // timestamps can interleave them.
    await eventually(
      async () => (await docker().getContainer(beta.id).logs({ stdout: true, stderr: true })).toString().includes('beta three'),
      'beta printed',
    );
    await eventually(
      async () => (await docker().getContainer(alpha.id).logs({ stdout: true })).toString().includes('alpha three'),
      'alpha printed',
    );

    const nodes = [alpha.id, beta.id].map(async id => ({ kind: 'container', container: await summaryOf(id) }));
    const selection = await Promise.all(nodes);
    const run = await vscode.commands.executeCommand<MergedLogsRun>('dockhand.containers.mergedLogs', selection[0], selection);
    assert.ok(run);
    runs.push(run);

    const expected = [
      [alphaName, 'alpha one', '', ''],
      [betaName, 'beta one', '', ''],
      [alphaName, jsonLine, 'WARN', ''],
      [betaName, 'ERROR beta failed', 'ERROR', 'err'],
      [alphaName, 'alpha three', '', ''],
      [betaName, 'beta three', '', ''],
    ];
    let rows: RenderedRow[] = [];
    await eventually(async () => (rows = await rendered()).length === 6, 'the six lines rendered');
    assert.deepEqual(
      rows.map(r => [r.src, r.text, r.level, r.stream]),
      expected,
    );
    // A colour per container, from the theme's chart colours: the first blue, the second green.
    const [blue, green] = [await chartColour('blue'), await chartColour('green')];
    assert.ok(blue && green && blue !== green, `two different chart colours (${blue}, ${green})`);
    assert.deepEqual(
      rows.map(r => r.colour),
      [blue, green, blue, green, blue, green],
    );
    assert.deepEqual(
      run.sources().map(s => [s.name, s.state]),
      [
        [alphaName, 'following'],
        [betaName, 'following'],
      ],
    );

    // The filter highlights what it matches, as the browser renders it; "only matching" hides the rest.
    await inLogsPage(`const f = document.getElementById('filter'); f.value = 'BETA'; f.dispatchEvent(new Event('input')); return true;`);
    await eventually(async () => (rows = await rendered()).filter(r => r.marks.length).length === 3, 'three highlighted rows');
    assert.deepEqual(
      rows.map(r => r.marks),
      [[], ['beta'], [], ['beta'], [], ['beta']],
    );
    await inLogsPage(
      `const o = document.getElementById('onlyMatching'); o.checked = true; o.dispatchEvent(new Event('change')); return true;`,
    );
    await eventually(async () => (rows = await rendered()).length === 3, 'only the matching rows');
    assert.deepEqual(
      rows.map(r => r.text),
      ['beta one', 'ERROR beta failed', 'beta three'],
    );
    await inLogsPage(
      `const f = document.getElementById('filter'); f.value = '/t(hree|wo)$/'; f.dispatchEvent(new Event('input')); return true;`,
    );
    await eventually(async () => (rows = await rendered()).length === 2, 'the regex matches two rows');
    assert.deepEqual(
      rows.map(r => [r.text, r.marks]),
      [
        ['alpha three', ['three']],
        ['beta three', ['three']],
      ],
    );
    await inLogsPage(
      `const f = document.getElementById('filter'); f.value = '/(unclosed/'; f.dispatchEvent(new Event('input')); return true;`,
    );
    const invalid = await pageValue<string>(
      `return document.getElementById('filterError').textContent || null;`,
      'the invalid regex message',
    );
    assert.match(invalid, /^Invalid regular expression: .*Unterminated group/);
    await inLogsPage(
      `const f = document.getElementById('filter'); f.value = ''; f.dispatchEvent(new Event('input'));
       const o = document.getElementById('onlyMatching'); o.checked = false; o.dispatchEvent(new Event('change')); return true;`,
    );
    await eventually(async () => (rows = await rendered()).length === 6 && rows.every(r => !r.marks.length), 'all rows again');

    // Level toggles: switching ERROR off hides the error line.
    await inLogsPage(`document.getElementById('level-error').click(); return true;`);
    await eventually(async () => (rows = await rendered()).length === 5, 'the error line hidden');
    assert.ok(!rows.some(r => r.text === 'ERROR beta failed'));
    await inLogsPage(`document.getElementById('level-error').click(); return true;`);
    await eventually(async () => (await rendered()).length === 6, 'the error line back');

    // JSON shown pretty on demand, for that line only.
    await inLogsPage(`document.querySelector('#spacer .row .json').click(); return true;`);
    const pretty = await pageValue<string>(`return document.querySelector('#spacer .pretty')?.textContent ?? null;`, 'the pretty JSON');
    assert.equal(pretty, '{\n  "level": "warn",\n  "msg": "alpha json",\n  "n": 1\n}');

    // Jump to a time: the error line's own timestamp brings it to the top, marked.
    const errorRow = (await rendered()).find(r => r.text === 'ERROR beta failed');
    assert.ok(errorRow?.iso);
    await inLogsPage(
      `const j = document.getElementById('jump'); j.value = ${JSON.stringify(errorRow.iso)};
       j.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' })); return true;`,
    );
    const jumpedTo = await pageValue<string>(
      `return document.querySelector('#spacer .row.jumped .text')?.textContent ?? null;`,
      'the row jumped to',
    );
    assert.equal(jumpedTo, 'ERROR beta failed');
    assert.equal(await inLogsPage<string>(`return document.getElementById('follow').textContent;`), 'Follow', 'jumping paused following');
    await inLogsPage(`document.getElementById('follow').click(); return true;`);

    // docker restart: alpha prints its three lines again; the view follows, with nothing repeated.
    await docker().getContainer(alpha.id).restart({ t: 1 });
    await eventually(async () => run.text().split('alpha three').length === 3, 'alpha three a second time', 60_000);
    const lines = run.text().trimEnd().split('\n');
    assert.equal(lines.length, 9, lines.join('\n'));
    assert.equal(lines.filter(l => l.endsWith(' | alpha one')).length, 2);
    assert.equal(lines.filter(l => l.endsWith(' | beta one')).length, 1);
    await eventually(async () => (await rendered()).filter(r => r.text === 'alpha three').length === 2, 'the page shows the second run');

    // A removed container says so.
    await docker().getContainer(beta.id).remove({ force: true });
    await eventually(
      async () =>
        (await inLogsPage<string>(`return document.querySelector('#sources .source[data-state=removed]')?.textContent ?? null;`)) ===
        `${betaName}(removed)`,
      'beta shown as removed',
    );

    // Save (the page's button, the save dialog answered): plain text, time and container on each line.
    const target = path.join(tmp, 'merged.log');
    const seam = (await testing()).answerDialogs({
      showSaveDialog: async () => vscode.Uri.file(target),
      showInformationMessage: async () => undefined,
    });
    try {
      await inLogsPage(`document.getElementById('save').click(); return true;`);
      await eventually(async () => fs.existsSync(target), 'the saved file');
    } finally {
      seam.dispose();
    }
    const saved = fs.readFileSync(target, 'utf8').trimEnd().split('\n');
    assert.equal(saved.length, 9);
    const stamp = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
    assert.match(saved[0] ?? '', new RegExp(`^${stamp} ${alphaName} \\| alpha one$`));
    assert.match(saved[1] ?? '', new RegExp(`^${stamp} ${betaName} \\| beta one$`));
    assert.match(saved[3] ?? '', new RegExp(`^${stamp} ${betaName} \\(stderr\\) \\| ERROR beta failed$`));
  });

  it('renders 100,000 lines with a bounded number of row elements, drops the oldest beyond the cap and scrolls to the last', async () => {
    const settings = vscode.workspace.getConfiguration('dockhand.containers.logs');
    await settings.update('maxLines', 100_000, vscode.ConfigurationTarget.Global);
    try {
      // Running, but printing only once told to: the view follows it from before its first line.
      const big = await labelledContainer({
        start: true,
        cmd: ['sh', '-c', 'while [ ! -e /tmp/go ]; do sleep 0.1; done; seq 1 120000 | sed "s/^/line /"; exec sleep 3600'],
      });
      const run = await vscode.commands.executeCommand<MergedLogsRun>('dockhand.containers.mergedLogs', [big.id]);
      assert.ok(run);
      runs.push(run);
      await pageValue<boolean>('return true;', 'the page');
      // Every line comes live, through the follow stream.
      await execOut(big, ['touch', '/tmp/go']);
      await eventually(async () => run.received() === 120_000, `all lines received (${run.received()} so far)`, 300_000);
      const status = await pageValue<string>(
        `const s = document.getElementById('status').textContent; return s.includes('20,000') ? s : null;`,
        'the page counts 100,000 lines',
        60_000,
      );
      assert.match(status, /^100,000 lines · 20,000 oldest dropped \(the view keeps the newest 100,000\)$/);
      await eventually(async () => (await rendered()).at(-1)?.text === 'line 120000', 'following shows the last line');
      const count = await inLogsPage<number>(`return document.querySelectorAll('#spacer .row').length;`);
      assert.ok(count !== undefined && count > 0 && count < 200, `${count} row elements for 100,000 lines`);

      // To the top (following pauses): the oldest kept line; then to the end: the last one.
      await inLogsPage(`const v = document.getElementById('viewport'); v.scrollTop = 0; return true;`);
      await eventually(async () => (await rendered())[0]?.text === 'line 20001', 'the oldest kept line at the top');
      assert.equal(await inLogsPage<string>(`return document.getElementById('follow').textContent;`), 'Follow');
      await inLogsPage(`const v = document.getElementById('viewport'); v.scrollTop = v.scrollHeight; return true;`);
      await eventually(async () => (await rendered()).at(-1)?.text === 'line 120000', 'the last line at the end');
      const after = await inLogsPage<number>(`return document.querySelectorAll('#spacer .row').length;`);
      assert.ok(after !== undefined && after < 200, `${after} row elements after scrolling`);
    } finally {
      await settings.update('maxLines', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('follows a compose project node, adds a container the project starts later, and posts nothing while hidden', async () => {
    const project = `merged-${testRunId}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
    const projectLabels = { 'com.docker.compose.project': project };
    const web = await labelledContainer({ start: true, extraLabels: projectLabels, cmd: ['sh', '-c', 'echo "web up"; exec sleep 3600'] });
    const node = {
      kind: 'composeProject',
      project,
      containers: [{ kind: 'container', container: await summaryOf(web.id) }],
      configFiles: [],
    };
    const run = await vscode.commands.executeCommand<MergedLogsRun>('dockhand.containers.mergedLogs', node);
    assert.ok(run);
    runs.push(run);
    await eventually(async () => (await rendered()).some(r => r.text === 'web up'), 'web rendered');

    const worker = await labelledContainer({ extraLabels: projectLabels, cmd: ['sh', '-c', 'echo "worker up"; exec sleep 3600'] });
    await worker.start();
    const workerName = (await stateOf(worker)).name;
    await eventually(async () => (await rendered()).some(r => r.src === workerName && r.text === 'worker up'), 'the new container joins');

    // Hidden behind an editor: lines are collected, not posted; shown again: they arrive.
    const doc = await vscode.workspace.openTextDocument({ content: 'cover' });
    await vscode.window.showTextDocument(doc, { viewColumn: run.panel.viewColumn, preview: false });
    await eventually(async () => !run.panel.visible, 'the panel hidden');
    const posted = run.posted();
    const received = run.received();
    await docker().getContainer(web.id).restart({ t: 1 });
    await eventually(async () => run.received() > received && run.text().split('web up').length === 3, 'collected while hidden', 60_000);
    assert.equal(run.posted(), posted, 'nothing posted to a hidden page');
    run.panel.reveal();
    await eventually(async () => run.posted() > posted, 'posted once shown');
    await eventually(async () => (await rendered()).filter(r => r.text === 'web up').length === 2, 'the page shows them');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await run.stopped;
    const stoppedAt = run.received();
    await docker().getContainer(web.id).restart({ t: 1 });
    await eventually(
      async () => (await docker().getContainer(web.id).logs({ stdout: true })).toString().split('web up').length === 4,
      'web printed again',
    );
    assert.equal(run.received(), stoppedAt, 'nothing followed once the panel closed');
  });
});
