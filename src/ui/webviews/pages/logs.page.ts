import { linesShownBy, matchRanges, parseFilter, type LogFilter, type LogViewCriteria } from './logFilter';
import { levelOf, logLevels, prettyJson, type LogLevel } from './logLevels';
import { LogRing } from './logRing';
import type { LogRow, LogSourceInfo, LogsPageMessage, LogsPageRequest, LogsPageState } from './logsProtocol';
import { firstAtOrAfter, formatClock, parseJumpTime } from './logTime';
import { addStyle, connectPage, element } from './pageHost';

/**
 * The merged log view: the lines of several containers in one list, virtualised (only the rows
 * in sight exist in the DOM, so 100,000 lines scroll as easily as 100), with follow and pause,
 * a text or /regex/ filter that highlights and can hide, level toggles, per-line pretty JSON,
 * jump to a time and save.
 */

interface Line {
  readonly source: number;
  readonly time: number;
  readonly stderr: boolean;
  readonly text: string;
  readonly level: LogLevel | undefined;
  /** The indented JSON, once asked for (null: the line is not JSON). */
  pretty?: string | null;
}

const host = connectPage<LogsPageMessage, LogsPageRequest, LogsPageState>();
const { capacity } = host.initial;

/** One theme chart colour per source, in this order (red is left for errors). */
const sourceColours = ['blue', 'green', 'purple', 'orange', 'yellow'].map(c => `var(--vscode-charts-${c})`);
const levelLabels: Record<LogLevel, string> = { error: 'ERROR', warn: 'WARN', info: 'INFO', debug: 'DEBUG' };
/** Rows rendered beyond the visible ones on each side, so a small scroll shows no gap. */
const overscan = 20;

addStyle(`
body { margin: 0; padding: 0; height: 100vh; display: flex; flex-direction: column; overflow: hidden; }
#toolbar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 6px 8px; }
#toolbar input[type=text] { padding: 2px 4px; }
#filter { min-width: 16em; flex: 1; }
#filter.invalid, #jump.invalid { border-color: var(--vscode-inputValidation-errorBorder); }
.message { padding: 0 8px 4px; color: var(--vscode-errorForeground); }
.message:empty { display: none; }
.toggle[aria-pressed=false] { opacity: 0.55; text-decoration: line-through; }
#newLines { background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
#sources { display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 0 8px 4px; }
.source::before { content: '\\25A0 '; }
.source[data-state=removed], .source[data-state=ended], .source[data-state=failed] { opacity: 0.7; }
.source .state { color: var(--vscode-descriptionForeground); margin-left: 4px; }
#status { padding: 0 8px 4px; color: var(--vscode-descriptionForeground); }
#viewport { flex: 1; overflow: auto; position: relative; border-top: 1px solid var(--vscode-panel-border, transparent); }
#spacer { position: relative; min-width: 100%; }
.row { position: absolute; left: 0; min-width: 100%; white-space: pre; box-sizing: border-box; padding-left: 8px; }
.row.jumped { background: var(--vscode-editor-lineHighlightBackground); outline: 1px solid var(--vscode-focusBorder); }
.row > span { display: inline-block; vertical-align: top; }
.time { width: 13ch; color: var(--vscode-descriptionForeground); }
.src { width: var(--source-width, 12ch); overflow: hidden; text-overflow: ellipsis; padding-right: 1ch; }
.stream { width: 4ch; }
.stderr .stream { color: var(--vscode-errorForeground); }
.stderr { border-left: 2px solid var(--vscode-errorForeground); padding-left: 6px; }
.level { width: 6ch; }
.level-error .level { color: var(--vscode-editorError-foreground); font-weight: bold; }
.level-warn .level { color: var(--vscode-editorWarning-foreground); }
.level-info .level { color: var(--vscode-editorInfo-foreground); }
.level-debug .level, .level-debug .text { color: var(--vscode-descriptionForeground); }
mark { background: var(--vscode-editor-findMatchHighlightBackground); color: inherit;
  outline: 1px solid var(--vscode-editor-findMatchHighlightBorder, transparent); }
.json { margin-left: 1ch; padding: 0 4px; font-size: 0.85em; }
.pretty { display: block; margin: 0; padding-left: 30ch; }
`);

// ---- the page's parts
const followButton = element('button', 'toggle-follow', 'Pause');
followButton.id = 'follow';
followButton.title = 'Stop following new lines (they are still collected)';
const newLinesButton = element('button', '', '');
newLinesButton.id = 'newLines';
newLinesButton.hidden = true;
newLinesButton.title = 'Follow again, scrolled to the newest line';
const filterInput = element('input');
filterInput.type = 'text';
filterInput.id = 'filter';
filterInput.placeholder = 'Filter: text, or /regular expression/i';
filterInput.setAttribute('aria-label', 'Filter');
const onlyMatching = element('input');
onlyMatching.type = 'checkbox';
onlyMatching.id = 'onlyMatching';
const onlyMatchingLabel = element('label', '', onlyMatching, ' Only matching');
const levelButtons = new Map<LogLevel | 'other', HTMLButtonElement>();
for (const level of [...logLevels, 'other' as const]) {
  const button = element('button', 'toggle', level === 'other' ? 'Other' : levelLabels[level]);
  button.id = `level-${level}`;
  button.setAttribute('aria-pressed', 'true');
  button.title = level === 'other' ? 'Lines with no recognised level' : `${levelLabels[level]} lines`;
  levelButtons.set(level, button);
}
const jumpInput = element('input');
jumpInput.type = 'text';
jumpInput.id = 'jump';
jumpInput.placeholder = 'Jump to HH:MM:SS';
jumpInput.title = 'A time of day (HH:MM[:SS[.mmm]], on the newest line’s day) or a date and time (2026-11-29T16:05:00Z); Enter jumps';
const saveButton = element('button', '', 'Save…');
saveButton.id = 'save';
saveButton.title = 'Save the lines shown to a file (time, container, text)';
const toolbar = element(
  'div',
  '',
  followButton,
  newLinesButton,
  filterInput,
  onlyMatchingLabel,
  ...levelButtons.values(),
  jumpInput,
  saveButton,
);
toolbar.id = 'toolbar';
const filterMessage = element('div', 'message');
filterMessage.id = 'filterError';
const jumpMessage = element('div', 'message');
jumpMessage.id = 'jumpError';
const sourcesBar = element('div');
sourcesBar.id = 'sources';
const status = element('div');
status.id = 'status';
const spacer = element('div');
spacer.id = 'spacer';
const viewport = element('div', 'mono', spacer);
viewport.id = 'viewport';
viewport.tabIndex = 0;
document.body.append(toolbar, filterMessage, jumpMessage, sourcesBar, status, viewport);

// ---- the model: every kept line, and the sequence numbers of those the view shows
const ring = new LogRing<Line>(capacity);
let sources: readonly LogSourceInfo[] = [];
let shown: number[] = [];
let shownStart = 0;
let filter: LogFilter = { kind: 'none' };
let criteria: LogViewCriteria = { filter: '', onlyMatching: false, hiddenLevels: [] };
let isShown = linesShownBy(criteria);
let following = true;
let newWhilePaused = 0;
/** Pretty JSON rows opened, by sequence number, with the extra text lines each adds. */
const expanded = new Map<number, number>();
let jumped: number | undefined;
/** Bumped whenever what a row shows may change for the same line (filter, expansions). */
let version = 0;
const rowHeight = measureRowHeight();
let lastScrollTop = 0;
let renderQueued = false;

const shownCount = () => shown.length - shownStart;
const shownSeq = (index: number) => shown[shownStart + index];

function measureRowHeight(): number {
  const probe = element('div', 'row mono', 'Xg');
  probe.style.visibility = 'hidden';
  document.body.append(probe);
  const height = Math.max(14, Math.ceil(probe.getBoundingClientRect().height));
  probe.remove();
  return height;
}

function setCriteria(next: LogViewCriteria): void {
  criteria = next;
  filter = parseFilter(next.filter);
  isShown = linesShownBy(next);
  filterMessage.textContent = filter.kind === 'invalid' ? `Invalid regular expression: ${filter.message}` : '';
  filterInput.classList.toggle('invalid', filter.kind === 'invalid');
  shown = [];
  shownStart = 0;
  for (let seq = ring.first; seq < ring.end; seq++) {
    const line = ring.at(seq) as Line;
    if (isShown(line.text, line.level)) {
      shown.push(seq);
    }
  }
  version++;
  requestRender();
  updateStatus();
}

// ---- lines arriving
function ingest(firstSeq: number, rows: readonly LogRow[]): void {
  if (firstSeq > ring.end) {
    // Lines were dropped before this page saw them (it was hidden, or reloaded, while many came).
    ring.restartAt(firstSeq);
    shown = [];
    shownStart = 0;
    expanded.clear();
  }
  let removedPx = 0;
  for (let i = Math.max(0, ring.end - firstSeq); i < rows.length; i++) {
    const [source, time, stderr, text] = rows[i];
    const line: Line = { source, time, stderr: stderr === 1, text, level: levelOf(text) };
    const seq = ring.push(line);
    if (isShown(line.text, line.level)) {
      shown.push(seq);
      if (!following) {
        newWhilePaused++;
      }
    }
  }
  while (shownStart < shown.length && shown[shownStart] < ring.first) {
    const seq = shown[shownStart];
    removedPx += rowHeight * (1 + (expanded.get(seq) ?? 0));
    expanded.delete(seq);
    shownStart++;
  }
  if (shownStart > 50_000) {
    shown = shown.slice(shownStart);
    shownStart = 0;
  }
  if (!following && removedPx > 0) {
    // The oldest rows went away above the reader's position: keep the same lines in sight.
    viewport.scrollTop = Math.max(0, viewport.scrollTop - removedPx);
    lastScrollTop = viewport.scrollTop;
  }
  updateStatus();
  requestRender();
}

function updateStatus(): void {
  const kept = ring.size;
  const parts = [`${kept.toLocaleString()} ${kept === 1 ? 'line' : 'lines'}`];
  if (shownCount() !== kept) {
    parts.push(`${shownCount().toLocaleString()} shown`);
  }
  if (ring.first > 0) {
    parts.push(`${ring.first.toLocaleString()} oldest dropped (the view keeps the newest ${capacity.toLocaleString()})`);
  }
  status.textContent = parts.join(' · ');
  newLinesButton.hidden = following || newWhilePaused === 0;
  newLinesButton.textContent = `${newWhilePaused.toLocaleString()} new ${newWhilePaused === 1 ? 'line' : 'lines'}`;
}

function showSources(next: readonly LogSourceInfo[]): void {
  sources = next;
  const widest = Math.min(28, Math.max(6, ...next.map(s => s.name.length)));
  document.documentElement.style.setProperty('--source-width', `${widest + 1}ch`);
  sourcesBar.replaceChildren(
    ...next.map((source, index) => {
      const chip = element('span', 'source', source.name);
      chip.style.color = colourOf(index);
      chip.dataset.state = source.state;
      if (source.state !== 'following') {
        const label = source.state === 'failed' ? `failed: ${source.detail ?? ''}` : source.state;
        chip.append(element('span', 'state', `(${label})`));
      }
      return chip;
    }),
  );
  version++;
  requestRender();
}

function colourOf(source: number): string {
  return sourceColours[source % sourceColours.length];
}

// ---- geometry: fixed-height rows, plus the extra lines of expanded JSON rows
function expansions(): Array<[index: number, extraPx: number]> {
  const list: Array<[number, number]> = [];
  for (const [seq, lines] of expanded) {
    const index = shownIndexOf(seq);
    if (index !== undefined) {
      list.push([index, lines * rowHeight]);
    }
  }
  return list.sort((a, b) => a[0] - b[0]);
}

function shownIndexOf(seq: number): number | undefined {
  const index = firstAtOrAfter(shownCount(), shownSeq, seq);
  return index < shownCount() && shownSeq(index) === seq ? index : undefined;
}

function topOf(index: number, extra: ReadonlyArray<[number, number]>): number {
  let px = index * rowHeight;
  for (const [at, add] of extra) {
    if (at >= index) {
      break;
    }
    px += add;
  }
  return px;
}

function indexAt(y: number, extra: ReadonlyArray<[number, number]>): number {
  let added = 0;
  for (const [at, add] of extra) {
    const top = at * rowHeight + added;
    if (y < top) {
      break;
    }
    if (y < top + rowHeight + add) {
      return at;
    }
    added += add;
  }
  return Math.floor((y - added) / rowHeight);
}

// ---- rendering only the rows in sight
const pool: HTMLDivElement[] = [];

function requestRender(): void {
  if (!renderQueued) {
    renderQueued = true;
    requestAnimationFrame(render);
  }
}

function render(): void {
  renderQueued = false;
  const extra = expansions();
  const count = shownCount();
  const total = count * rowHeight + extra.reduce((sum, [, add]) => sum + add, 0);
  spacer.style.height = `${total}px`;
  if (following) {
    viewport.scrollTop = viewport.scrollHeight;
  }
  lastScrollTop = viewport.scrollTop;
  const first = Math.max(0, indexAt(viewport.scrollTop, extra) - overscan);
  const last = Math.min(count, indexAt(viewport.scrollTop + viewport.clientHeight, extra) + overscan + 1);
  let used = 0;
  for (let index = first; index < last; index++) {
    const row = pool[used] ?? newRow();
    fill(row, shownSeq(index));
    row.style.top = `${topOf(index, extra)}px`;
    used++;
  }
  for (const row of pool.splice(used)) {
    row.remove();
  }
  const widest = pool.reduce((max, row) => Math.max(max, row.scrollWidth), 0);
  if (widest > spacer.clientWidth) {
    spacer.style.width = `${widest}px`;
  }
}

function newRow(): HTMLDivElement {
  const row = element('div', 'row');
  spacer.append(row);
  pool.push(row);
  return row;
}

function fill(row: HTMLDivElement, seq: number): void {
  const key = `${seq}:${version}`;
  if (row.dataset.key === key) {
    return;
  }
  row.dataset.key = key;
  row.dataset.seq = String(seq);
  const line = ring.at(seq) as Line;
  const open = expanded.get(seq);
  row.className = ['row', line.stderr ? 'stderr' : '', line.level ? `level-${line.level}` : '', jumped === seq ? 'jumped' : ''].join(' ');
  row.style.height = `${rowHeight * (1 + (open ?? 0))}px`;
  const source = element('span', 'src', sources[line.source]?.name ?? `#${line.source}`);
  source.style.color = colourOf(line.source);
  const time = element('span', 'time', formatClock(line.time));
  time.title = new Date(line.time).toISOString();
  const parts: Node[] = [
    time,
    source,
    element('span', 'stream', line.stderr ? 'err' : ''),
    element('span', 'level', line.level ? levelLabels[line.level] : ''),
    highlighted(line.text),
  ];
  if (looksLikeJson(line.text)) {
    const toggle = element('button', 'json', open === undefined ? '{ }' : 'Collapse');
    toggle.title = open === undefined ? 'Show this line as indented JSON' : 'Show the line as it was written';
    toggle.addEventListener('click', () => toggleJson(seq));
    parts.push(toggle);
    if (open !== undefined && line.pretty) {
      parts.push(element('pre', 'pretty mono', line.pretty));
    }
  }
  row.replaceChildren(...parts);
}

function highlighted(text: string): HTMLSpanElement {
  const span = element('span', 'text');
  const ranges = matchRanges(filter, text);
  let at = 0;
  for (const [start, end] of ranges) {
    span.append(text.slice(at, start), element('mark', '', text.slice(start, end)));
    at = end;
  }
  span.append(text.slice(at));
  return span;
}

function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  return (trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']'));
}

function toggleJson(seq: number): void {
  const line = ring.at(seq);
  if (!line) {
    return;
  }
  if (expanded.has(seq)) {
    expanded.delete(seq);
  } else {
    line.pretty ??= prettyJson(line.text) ?? null;
    if (!line.pretty) {
      return;
    }
    expanded.set(seq, line.pretty.split('\n').length);
  }
  version++;
  requestRender();
}

// ---- follow and pause
function setFollowing(on: boolean): void {
  following = on;
  if (on) {
    newWhilePaused = 0;
    jumped = undefined;
    version++;
  }
  followButton.textContent = on ? 'Pause' : 'Follow';
  followButton.title = on ? 'Stop following new lines (they are still collected)' : 'Follow new lines again';
  updateStatus();
  requestRender();
}

followButton.addEventListener('click', () => setFollowing(!following));
newLinesButton.addEventListener('click', () => setFollowing(true));
viewport.addEventListener('scroll', () => {
  // Scrolling up (not the page's own scrolling to the end) pauses, as in a terminal.
  if (following && viewport.scrollTop < lastScrollTop - 1) {
    setFollowing(false);
  }
  lastScrollTop = viewport.scrollTop;
  requestRender();
});

// ---- filter, levels, jump, save
let filterTimer: ReturnType<typeof setTimeout> | undefined;
filterInput.addEventListener('input', () => {
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => setCriteria({ ...criteria, filter: filterInput.value }), 120);
});
onlyMatching.addEventListener('change', () => setCriteria({ ...criteria, onlyMatching: onlyMatching.checked }));
for (const [level, button] of levelButtons) {
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    const hidden = new Set(criteria.hiddenLevels);
    if (on) {
      hidden.delete(level);
    } else {
      hidden.add(level);
    }
    setCriteria({ ...criteria, hiddenLevels: [...hidden] });
  });
}

jumpInput.addEventListener('keydown', event => {
  if (event.key !== 'Enter') {
    return;
  }
  const newest = ring.at(ring.end - 1)?.time ?? Date.now();
  const target = parseJumpTime(jumpInput.value, newest);
  jumpInput.classList.toggle('invalid', target === undefined);
  if (target === undefined) {
    jumpMessage.textContent = `"${jumpInput.value}" is not a time: use HH:MM[:SS] or a date and time like 2026-11-29T16:05:00Z.`;
    return;
  }
  const count = shownCount();
  const index = firstAtOrAfter(count, i => (ring.at(shownSeq(i)) as Line).time, target);
  if (index >= count) {
    jumpMessage.textContent = count ? 'No line shown is at or after that time.' : 'No lines yet.';
    return;
  }
  jumpMessage.textContent = '';
  jumped = shownSeq(index);
  setFollowing(false);
  version++;
  viewport.scrollTop = topOf(index, expansions());
  lastScrollTop = viewport.scrollTop;
  requestRender();
});

saveButton.addEventListener('click', () => host.post({ type: 'save', view: criteria }));

document.addEventListener('keydown', event => {
  if ((event.ctrlKey || event.metaKey) && event.key === 'f') {
    event.preventDefault();
    filterInput.focus();
    filterInput.select();
  }
});

host.onMessage(message => {
  if (message.type === 'sources') {
    showSources(message.sources);
  } else if (message.type === 'lines') {
    ingest(message.firstSeq, message.rows);
  }
});
updateStatus();
host.post({ type: 'ready' });
