// Builds compose features over an in-memory project folder, for the compose unit tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import type { ImageSource, LocalImage } from '../../../../src/language/common/EngineImages';
import type { FileSystem } from '../../../../src/language/common/FileSystem';
import { nodeFileSystem } from '../../../../src/language/server/node/nodeFileSystem';
import { defaultLanguageSettings, type LanguageFeatures, type LanguageSettings } from '../../../../src/language/common/LanguageFeatures';
import { createComposeFeatures } from '../../../../src/language/compose';
import { repoRoot } from '../../../support/fixtures';

export const projectFolder = path.resolve('/project');
export const composeUri = pathToFileURL(path.join(projectFolder, 'compose.yaml')).toString();

/** A file system holding exactly the given files (paths relative to the project folder); their folders exist too. */
export function fakeFileSystem(files: Readonly<Record<string, string>> = {}): FileSystem {
  const contents = new Map(Object.entries(files).map(([name, text]) => [path.join(projectFolder, name), text]));
  const folders = new Set(
    [...contents.keys()].flatMap(file => {
      const parents: string[] = [];
      for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
        parents.push(dir);
      }
      return parents;
    }),
  );
  return {
    exists: p => contents.has(p) || folders.has(p),
    readFile: p => contents.get(p),
    listDirectory: p =>
      folders.has(p)
        ? [...contents.entries(), ...[...folders].map(f => [f, undefined] as const)]
            .filter(([entry]) => path.dirname(entry) === p && entry !== p)
            .map(([entry, text]) => ({ name: path.basename(entry), directory: text === undefined, size: Buffer.byteLength(text ?? '') }))
        : undefined,
  };
}

export function fakeImages(images: readonly LocalImage[]): ImageSource {
  return {
    list: () => Promise.resolve(images),
    inspect: reference => Promise.resolve(images.find(i => i.reference === reference)),
  };
}

export interface Setup {
  readonly files?: Readonly<Record<string, string>>;
  readonly images?: readonly LocalImage[];
  readonly compose?: Partial<LanguageSettings['compose']>;
}

export function composeFeatures(setup: Setup = {}): LanguageFeatures {
  const settings: LanguageSettings = { ...defaultLanguageSettings, compose: { ...defaultLanguageSettings.compose, ...setup.compose } };
  return createComposeFeatures({ settings: () => settings, images: fakeImages(setup.images ?? []), fs: fakeFileSystem(setup.files) });
}

let version = 0;
export function composeDoc(text: string, uri = composeUri): TextDocument {
  return TextDocument.create(uri, 'dockercompose', ++version, text);
}

export async function diagnose(text: string, setup: Setup = {}): Promise<Diagnostic[]> {
  return composeFeatures(setup).validate(composeDoc(text), neverCancelled);
}

/** Diagnostics of one rule code. */
export async function findings(text: string, code: string, setup: Setup = {}): Promise<Diagnostic[]> {
  return (await diagnose(text, setup)).filter(d => d.code === code);
}

/** The text with `|` removed, and the position where it was: the cursor in completion and hover tests. */
export function cursor(textWithBar: string): { text: string; at: Position } {
  const offset = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, offset) + textWithBar.slice(offset + 1);
  const doc = TextDocument.create('file:///x', 'dockercompose', 0, text);
  return { text, at: doc.positionAt(offset) };
}

/** The source text a diagnostic's range covers. */
export function coveredText(text: string, d: Diagnostic): string {
  const doc = TextDocument.create('file:///x', 'dockercompose', 0, text);
  return text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end));
}

/** The real disk, for fixtures whose referenced files (Dockerfiles, env files) exist under test/fixtures/compose. */
export const diskFileSystem: FileSystem = nodeFileSystem;

export const fixtureFolder = path.join(repoRoot, 'test', 'fixtures', 'compose');

/** The compose files of the fixture corpus, as documents at their real paths. */
export function fixtureDocuments(): TextDocument[] {
  return fs
    .readdirSync(fixtureFolder)
    .filter(name => name.endsWith('.yaml'))
    .sort()
    .map(name => {
      const file = path.join(fixtureFolder, name);
      return TextDocument.create(pathToFileURL(file).toString(), 'dockercompose', 1, fs.readFileSync(file, 'utf8'));
    });
}

export function diskFeatures(images: readonly LocalImage[] = []): LanguageFeatures {
  return createComposeFeatures({ settings: () => defaultLanguageSettings, images: fakeImages(images), fs: diskFileSystem });
}
