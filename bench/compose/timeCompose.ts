// Times the compose language service in-process: open→diagnostics, edit→diagnostics and completion
// on a generated 300-service file and on a 100-line file. Run: node out/bench/compose/timeCompose.js
import { TextDocument } from 'vscode-languageserver-textdocument';
import { neverCancelled } from '../../src/language/common/documents';
import { noImages } from '../../src/language/common/EngineImages';
import { emptyFileSystem } from '../../src/language/common/FileSystem';
import { defaultLanguageSettings } from '../../src/language/common/LanguageFeatures';
import { createComposeFeatures } from '../../src/language/compose';
import { generateCompose } from './generateCompose';

/** Median wall time of `step`, and median CPU time (which a busy machine distorts less). */
async function median(runs: number, step: () => Promise<unknown>): Promise<string> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    await step();
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return `${mid(wall).toFixed(1)} ms (cpu ${mid(cpu).toFixed(1)})`;
}

async function timeFile(label: string, text: string, runs: number): Promise<void> {
  const features = createComposeFeatures({ settings: () => defaultLanguageSettings, images: noImages, fs: emptyFileSystem });
  const uri = `file:///bench/${label}/compose.yaml`;
  let version = 1;
  let current = text;
  const open = await median(1, () => features.validate(TextDocument.create(uri, 'dockercompose', version++, current), neverCancelled));
  // Each edit changes one value in the middle of the file, as typing does.
  const at = current.indexOf('retries: 3', Math.floor(current.length / 2));
  const edit = await median(runs, () => {
    current = `${current.slice(0, at)}retries: ${version % 9}${current.slice(at + 'retries: 3'.length)}`;
    return features.validate(TextDocument.create(uri, 'dockercompose', version++, current), neverCancelled);
  });
  const line = current.slice(0, at).split('\n').length - 1;
  const complete = await median(runs, () => {
    const doc = TextDocument.create(uri, 'dockercompose', version++, current);
    return features.complete(doc, { line, character: 6 }, neverCancelled);
  });
  const completeSame = await median(runs, () => {
    const doc = TextDocument.create(uri, 'dockercompose', version, current);
    return features.complete(doc, { line, character: 6 }, neverCancelled);
  });
  console.log(
    `${label} (${text.split('\n').length} lines): open→diagnostics ${open}, edit→diagnostics ${edit}, ` +
      `completion after an edit ${complete}, completion on a parsed version ${completeSame}`,
  );
}

async function main(): Promise<void> {
  await timeFile('large', generateCompose(300), 15);
  await timeFile('small', generateCompose(3), 50);
}

void main();
