import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { neverCancelled } from '../../src/language/common/documents';
import { noImages } from '../../src/language/common/EngineImages';
import { defaultLanguageSettings } from '../../src/language/common/LanguageFeatures';
import { createDockerfileFeatures } from '../../src/language/dockerfile';
import { generateDockerfile } from '../../test/unit/language/dockerfile/generate';

/**
 * In-process timings of our Dockerfile service against the anchor's own service library
 * (dockerfile-language-service, what dockerfile-language-server-nodejs runs), on the same texts
 * and edits. Medians of repeated runs, in ms. The LSP-over-stdio comparison is the server's bench.
 */
function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(label: string, text: string, runs: number): Promise<void> {
  const features = createDockerfileFeatures({ settings: () => defaultLanguageSettings, images: noImages });
  const anchor = DockerfileLanguageServiceFactory.createLanguageService();
  const uri = `file:///bench/${label}/Dockerfile`;
  const lines = text.split('\n');
  // The middle-most `echo "$STAGE_…` line of a RUN: typing there exercises variable completion.
  const editLine = lines.findIndex((line, i) => i >= lines.length / 2 && line.includes('echo "$'));
  const ours = { open: [] as number[], edit: [] as number[], complete: [] as number[], hover: [] as number[] };
  const theirs = { open: [] as number[], edit: [] as number[], complete: [] as number[], hover: [] as number[] };
  for (let run = 0; run < runs; run++) {
    features.forget(uri);
    let t = performance.now();
    await features.validate(TextDocument.create(uri, 'dockerfile', 1, text), neverCancelled);
    ours.open.push(performance.now() - t);
    // An edit: ` $` typed into a RUN in the middle of the file, then completion right after the `$`.
    const typed = lines[editLine].replace('echo "$', 'echo $ "$');
    const edited = [...lines.slice(0, editLine), typed, ...lines.slice(editLine + 1)].join('\n');
    const doc = TextDocument.create(uri, 'dockerfile', 2, edited);
    t = performance.now();
    await features.validate(doc, neverCancelled);
    ours.edit.push(performance.now() - t);
    const at = { line: editLine, character: typed.indexOf('$') + 1 };
    t = performance.now();
    await features.complete(doc, at, neverCancelled);
    ours.complete.push(performance.now() - t);
    t = performance.now();
    await features.hover(doc, { line: editLine, character: 1 }, neverCancelled);
    ours.hover.push(performance.now() - t);

    t = performance.now();
    anchor.validate(text);
    theirs.open.push(performance.now() - t);
    t = performance.now();
    anchor.validate(edited);
    theirs.edit.push(performance.now() - t);
    t = performance.now();
    await anchor.computeCompletionItems(edited, at);
    theirs.complete.push(performance.now() - t);
    t = performance.now();
    anchor.computeHover(edited, { line: editLine, character: 1 });
    theirs.hover.push(performance.now() - t);
  }
  const row = (name: keyof typeof ours): string => {
    const a = median(ours[name]);
    const b = median(theirs[name]);
    return `  ${name.padEnd(9)} dockhand ${a.toFixed(2).padStart(8)} ms   anchor ${b.toFixed(2).padStart(8)} ms   ratio ${(a / b).toFixed(3)}`;
  };
  console.log(`${label}: ${lines.length} lines`);
  for (const name of ['open', 'edit', 'complete', 'hover'] as const) {
    console.log(row(name));
  }
}

async function main(): Promise<void> {
  await measure('small', generateDockerfile(3, 6), 30);
  await measure('big', generateDockerfile(40, 20), 7);
}

void main();
