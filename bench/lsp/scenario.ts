import { median } from '../stats';
import { LspProcess } from './LspProcess';

/** One file and where to type in it, for one language. */
export interface Scenario {
  readonly label: string;
  readonly fileName: string;
  readonly languageId: string;
  readonly text: string;
  /** Where a keystroke goes (an edit that keeps the file valid), and where completion is asked. */
  readonly edit: { line: number; character: number; text: string };
  readonly completeAt: { line: number; character: number };
  readonly hoverAt: { line: number; character: number };
}

export interface ServerSpec {
  readonly name: string;
  readonly command: readonly string[];
  readonly languageId?: string;
  readonly settings?: unknown;
}

export interface Timings {
  readonly open: number;
  readonly edit: number;
  readonly complete: number;
  readonly hover: number;
}

/** Opens the file in a fresh server, then types, completes and hovers `runs` times; medians in ms. */
export async function measure(server: ServerSpec, scenario: Scenario, runs: number): Promise<Timings> {
  const lsp = new LspProcess(server.name, server.command, server.settings);
  try {
    await lsp.initialize();
    const uri = `file:///bench/${scenario.label}/${scenario.fileName}`;
    const open = await lsp.open(uri, server.languageId ?? scenario.languageId, scenario.text);
    const edits: number[] = [];
    const completes: number[] = [];
    const hovers: number[] = [];
    let version = 1;
    let column = scenario.edit.character;
    for (let i = 0; i < runs; i++) {
      edits.push(await lsp.edit(uri, ++version, scenario.edit.line, column, scenario.edit.text));
      column += scenario.edit.text.length;
      completes.push(await lsp.time('textDocument/completion', { textDocument: { uri }, position: scenario.completeAt }));
      hovers.push(await lsp.time('textDocument/hover', { textDocument: { uri }, position: scenario.hoverAt }));
    }
    return { open, edit: median(edits), complete: median(completes), hover: median(hovers) };
  } finally {
    await lsp.close();
  }
}

export function printComparison(title: string, ours: Timings, anchors: ReadonlyArray<{ name: string; timings: Timings | Error }>): void {
  console.log(`\n### ${title}\n`);
  console.log('| measure | Dockhand | ' + anchors.map(a => a.name).join(' | ') + ' | ratio (Dockhand / best anchor) |');
  console.log('| --- | --- | ' + anchors.map(() => '---').join(' | ') + ' | --- |');
  for (const key of ['open', 'edit', 'complete', 'hover'] as const) {
    const cells = anchors.map(a => (a.timings instanceof Error ? 'n/a' : `${a.timings[key].toFixed(1)} ms`));
    const best = Math.min(...anchors.map(a => (a.timings instanceof Error ? Infinity : a.timings[key])));
    const label = { open: 'open → diagnostics', edit: 'edit → diagnostics', complete: 'completion', hover: 'hover' }[key];
    console.log(
      `| ${label} | ${ours[key].toFixed(1)} ms | ${cells.join(' | ')} | ${Number.isFinite(best) ? `${(ours[key] / best).toFixed(3)}×` : ''} |`,
    );
  }
}
