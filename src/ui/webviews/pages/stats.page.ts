import { formatBytes } from '../../../shared/formatBytes';
import { addStyle, connectPage, element, svgElement } from './pageHost';
import { gapSpans, linePath, maxShown, niceCeiling, timeTicks, valueTicks, xOf, yOf, type PlotArea } from './statsChart';
import { statsCellNames, statsCells, statsHeader } from './statsTable';
import type { StatsContainerState, StatsPageMessage, StatsPageRequest, StatsPageState } from './statsProtocol';
import { RingBuffer, samplesPerContainer, windowChoices, type StatsPoint, type StatsSample, type WindowMinutes } from './statsSeries';

/**
 * The stats page: a chart per measure (CPU, memory against its limit, network and block I/O
 * rates, PIDs) with a line per container, a legend, pause and a time window, and the current
 * numbers in a `docker stats` table. Drawn as SVG by our own code, coloured by the theme only.
 */
const host = connectPage<StatsPageMessage, StatsPageRequest, StatsPageState>();

interface Shown extends Omit<StatsContainerState, 'samples'> {
  readonly samples: RingBuffer<StatsSample>;
}

const containers = new Map<string, Shown>();
const margin = { left: 64, right: 8, top: 6, bottom: 18 };
const chartHeight = 150;
let queued = false;
let windowMinutes: WindowMinutes = host.initial.windowMinutes;
let paused = host.initial.paused;
let received = 0;

/** The theme's chart colours, one per container (they cycle, a second round dashed differently). */
const chartColours = ['blue', 'red', 'green', 'yellow', 'orange', 'purple', 'foreground'].map(c => `var(--vscode-charts-${c})`);
const colourOf = (index: number) => chartColours[index % chartColours.length] ?? 'var(--vscode-foreground)';

interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly lines: ReadonlyArray<{ readonly series: string; readonly value: (p: StatsPoint) => number | null; readonly dashed?: boolean }>;
  readonly format: (value: number) => string;
  /** The smallest axis top, so that an idle container draws a flat line low on the chart, not noise magnified. */
  readonly floor: number;
  /** Whole numbers (PIDs): the axis top is a multiple of 4, so every tick is a whole number too. */
  readonly whole?: boolean;
}

const rate = (v: number) => `${formatBytes(v)}/s`;
const charts: readonly ChartSpec[] = [
  { id: 'cpu', title: 'CPU %', lines: [{ series: 'cpu', value: p => p.cpu }], format: v => `${+v.toFixed(1)}%`, floor: 1 },
  { id: 'memory', title: 'Memory', lines: [{ series: 'memory', value: p => p.memory }], format: formatBytes, floor: 1_000_000 },
  {
    id: 'network',
    title: 'Network (solid: received, dashed: sent)',
    lines: [
      { series: 'rx', value: p => p.rxRate },
      { series: 'tx', value: p => p.txRate, dashed: true },
    ],
    format: rate,
    floor: 1000,
  },
  {
    id: 'block',
    title: 'Block I/O (solid: read, dashed: written)',
    lines: [
      { series: 'read', value: p => p.readRate },
      { series: 'write', value: p => p.writeRate, dashed: true },
    ],
    format: rate,
    floor: 1000,
  },
  { id: 'pids', title: 'PIDs', lines: [{ series: 'pids', value: p => p.pids }], format: v => String(v), floor: 4, whole: true },
];

addStyle(`
body { padding: 8px 16px; }
.toolbar { display: flex; gap: 12px; align-items: center; margin-bottom: 8px; }
.state { color: var(--vscode-descriptionForeground); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; margin-bottom: 10px; }
.swatch { display: inline-block; width: 14px; height: 3px; vertical-align: middle; margin-right: 6px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 14px 20px; }
.chart h3 { font-size: 1em; font-weight: 600; margin: 0 0 4px; }
.chart svg { display: block; width: 100%; height: 150px; overflow: hidden; }
.grid { stroke: var(--vscode-charts-lines); stroke-width: 1; }
.tick { fill: var(--vscode-descriptionForeground); font-size: 10px; font-family: var(--vscode-font-family); }
.line { fill: none; stroke-width: 1.6; stroke-linejoin: round; }
.line.dashed, .limit { stroke-dasharray: 5 3; }
.limit { stroke-width: 1; opacity: 0.8; }
.gap-span { fill: var(--vscode-charts-lines); opacity: 0.35; }
table { border-collapse: collapse; margin-top: 14px; }
th, td { text-align: left; padding: 2px 14px 2px 0; white-space: nowrap; }
th { font-weight: normal; color: var(--vscode-descriptionForeground); }
.status-stopped, .status-removed, .status-failed { color: var(--vscode-errorForeground); }
body.vscode-high-contrast .line { stroke-width: 2.5; }
body.vscode-high-contrast .grid { stroke: var(--vscode-contrastBorder); }
`);

const pauseButton = element('button', undefined, '');
pauseButton.id = 'pause';
pauseButton.addEventListener('click', () => host.post({ type: paused ? 'resume' : 'pause' }));
const windowSelect = element('select');
windowSelect.id = 'window';
for (const minutes of windowChoices) {
  const option = element('option', undefined, `${minutes} min`);
  option.value = String(minutes);
  windowSelect.append(option);
}
windowSelect.addEventListener('change', () => {
  windowMinutes = Number(windowSelect.value) as WindowMinutes;
  host.post({ type: 'window', minutes: windowMinutes });
  schedule();
});
const stateText = element('span', 'state');
const legend = element('div', 'legend');
legend.id = 'legend';
const chartArea = element('div', 'charts');
const table = element('table', 'mono');
table.id = 'table';
document.body.append(
  element('div', 'toolbar', pauseButton, element('label', undefined, 'Window ', windowSelect), stateText),
  legend,
  chartArea,
);
document.body.append(table);

for (const c of host.initial.containers) {
  addContainer(c);
  for (const sample of c.samples) {
    containers.get(c.id)?.samples.push(sample);
    received++;
  }
}

host.onMessage(message => {
  switch (message.type) {
    case 'samples':
      for (const item of message.items) {
        const shown = containers.get(item.id);
        if (shown) {
          shown.samples.push(item.sample);
          containers.set(item.id, { ...shown, latest: item.latest ?? shown.latest });
          received++;
        }
      }
      break;
    case 'container':
      addContainer(message.container);
      break;
    case 'paused':
      paused = message.paused;
      break;
  }
  schedule();
});

function addContainer(c: Omit<StatsContainerState, 'samples'>): void {
  const known = containers.get(c.id);
  containers.set(c.id, { ...c, latest: c.latest ?? known?.latest, samples: known?.samples ?? new RingBuffer(samplesPerContainer) });
}

function schedule(): void {
  if (!queued) {
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      render();
    });
  }
}

function render(): void {
  pauseButton.textContent = paused ? 'Resume' : 'Pause';
  windowSelect.value = String(windowMinutes);
  stateText.textContent = paused ? 'Paused: no samples are taken' : 'Live: a sample a second per container';
  document.body.dataset.samples = String(received);
  document.body.dataset.paused = String(paused);
  const shown = [...containers.values()].map(c => ({ ...c, all: c.samples.toArray() }));
  legend.replaceChildren(...shown.map(legendItem));
  const windowMs = windowMinutes * 60_000;
  const to = Math.max(0, ...shown.map(c => c.samples.last()?.t ?? 0));
  chartArea.replaceChildren(...charts.map(spec => chart(spec, shown, to - windowMs, to)));
  table.replaceChildren(
    element('tr', undefined, ...[...statsHeader, 'STATUS'].map(h => element('th', undefined, h))),
    ...shown.map(tableRow),
  );
}

function statusText(c: Omit<StatsContainerState, 'samples'>): string {
  const words = { waiting: 'waiting for a sample…', live: 'live', stopped: 'stopped', removed: 'removed', failed: 'failed' }[c.status];
  return c.detail ? `${words} (${c.detail})` : words;
}

function swatch(colour: number): HTMLElement {
  const s = element('span', 'swatch');
  s.style.background = colourOf(colour);
  return s;
}

function legendItem(c: Shown): HTMLElement {
  const item = element('span', `legend-item status-${c.status}`, swatch(c.colour), c.name);
  if (c.status !== 'live') {
    item.append(` — ${statusText(c)}`);
  }
  item.dataset.container = c.id;
  return item;
}

function tableRow(c: Shown): HTMLElement {
  const cells = c.latest ? statsCells(c.latest) : statsCellNames.map(() => '-');
  const row = element(
    'tr',
    `status-${c.status}`,
    element('td', undefined, swatch(c.colour), c.name),
    ...cells.map((text, i) => element('td', statsCellNames[i], text)),
    element('td', 'status', statusText(c)),
  );
  row.dataset.container = c.id;
  return row;
}

function chart(spec: ChartSpec, shown: ReadonlyArray<Shown & { all: StatsSample[] }>, from: number, to: number): HTMLElement {
  const section = element('section', 'chart');
  section.id = `chart-${spec.id}`;
  const width = Math.max(200, chartArea.clientWidth > 0 ? columnWidth() : 400);
  let top = Math.max(0, ...shown.flatMap(c => spec.lines.map(line => maxShown(c.all, line.value, from))));
  // Memory is drawn against its limit: a limit near the usage is on the scale (dashed), a far one only in the table.
  const limits =
    spec.id === 'memory'
      ? shown.flatMap(c => {
          const limit = c.latest?.memoryLimit ?? 0;
          return limit > 0 && limit <= Math.max(top, spec.floor) * 4 ? [{ colour: c.colour, id: c.id, limit }] : [];
        })
      : [];
  top = spec.whole ? Math.max(spec.floor, Math.ceil(top / 4) * 4) : niceCeiling(Math.max(top, ...limits.map(l => l.limit)), spec.floor);
  const area: PlotArea = {
    left: margin.left,
    top: margin.top,
    width: width - margin.left - margin.right,
    height: chartHeight - margin.top - margin.bottom,
    from,
    to: to > from ? to : from + 1,
    max: top,
  };
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${chartHeight}`, role: 'img', 'aria-label': spec.title });
  const clipId = `clip-${spec.id}`;
  svg.append(
    svgElement(
      'clipPath',
      { id: clipId },
      svgElement('rect', { x: area.left, y: area.top - 2, width: area.width, height: area.height + 4 }),
    ),
  );
  for (const value of valueTicks(top)) {
    const y = yOf(value, area);
    svg.append(svgElement('line', { class: 'grid', x1: area.left, x2: area.left + area.width, y1: y, y2: y }));
    svg.append(
      svgElement('text', { class: 'tick', x: area.left - 6, y: y + 3, 'text-anchor': 'end' }, document.createTextNode(spec.format(value))),
    );
  }
  for (const tick of timeTicks(to - from)) {
    const x = xOf(to - tick.before, area);
    const anchor = tick.before === 0 ? 'end' : tick.before === to - from ? 'start' : 'middle';
    svg.append(svgElement('text', { class: 'tick', x, y: chartHeight - 4, 'text-anchor': anchor }, document.createTextNode(tick.label)));
  }
  const plot = svgElement('g', { 'clip-path': `url(#${clipId})` });
  const spans = shown.flatMap(c => gapSpans(c.all, area));
  for (const span of spans) {
    const x = xOf(span.from, area);
    plot.append(svgElement('rect', { class: 'gap-span', x, y: area.top, width: Math.max(1, xOf(span.to, area) - x), height: area.height }));
  }
  for (const limit of limits) {
    const y = yOf(limit.limit, area);
    const line = svgElement('line', {
      class: 'limit',
      x1: area.left,
      x2: area.left + area.width,
      y1: y,
      y2: y,
      'data-container': limit.id,
    });
    line.style.stroke = colourOf(limit.colour);
    plot.append(line);
  }
  for (const c of shown) {
    for (const line of spec.lines) {
      const d = linePath(c.all, line.value, area);
      const path = svgElement('path', {
        class: line.dashed ? 'line dashed' : 'line',
        d,
        'data-container': c.id,
        'data-series': line.series,
      });
      path.style.stroke = colourOf(c.colour);
      if (c.colour >= chartColours.length) {
        path.style.strokeDasharray = line.dashed ? '2 2' : '8 2';
      }
      plot.append(path);
    }
  }
  svg.append(plot);
  const title = limits.length > 0 ? `${spec.title} (dashed: limit)` : spec.title;
  section.append(element('h3', undefined, title), svg);
  return section;
}

/** The width of one grid column, as the CSS grid lays them out. */
function columnWidth(): number {
  const columns = getComputedStyle(chartArea).gridTemplateColumns.split(' ').filter(Boolean);
  const first = parseFloat(columns[0] ?? '');
  return Number.isFinite(first) && first > 0 ? first : chartArea.clientWidth;
}

new ResizeObserver(() => schedule()).observe(chartArea);
render();
