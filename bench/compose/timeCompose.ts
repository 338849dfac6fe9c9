// Times the compose language service in-process: open→diagnostics, edit→diagnostics and completion
// on a generated 300-service file and on a 100-line file. Run: node out/bench/compose/timeCompose.js
import { TextDocument } from 'vscode-languageserver-textdocument';
import { neverCancelled } from '../../src/language/common/documents';
import { noImages } from '../../src/language/common/EngineImages';
import { emptyFileSystem } from '../../src/language/common/FileSystem';
import { defaultLanguageSettings } from '../../src/language/common/LanguageFeatures';
import { createComposeFeatures } from '../../src/language/compose';
import { generateCompose } from './generateCompose';

async function median(runs: number, step: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await step();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
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
  console.log(`${label} (${text.split('\n').length} lines): open→diagnostics ${open.toFixed(1)} ms, edit→diagnostics ${edit.toFixed(1)} ms, ` +
    `completion after an edit ${complete.toFixed(1)} ms, completion on a parsed version ${completeSame.toFixed(1)} ms`);
}

async function main(): Promise<void> {
  await timeFile('large', generateCompose(300), 7);
  await timeFile('small', generateCompose(3), 50);
}

void main();
