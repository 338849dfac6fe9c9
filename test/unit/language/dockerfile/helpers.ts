import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { defaultLanguageSettings, type LanguageSettings, type RuleSeverity } from '../../../../src/language/common/LanguageFeatures';
import type { LocalImage } from '../../../../src/language/common/EngineImages';
import type { FileSystem } from '../../../../src/language/common/FileSystem';
import { dockerfileRules } from '../../../../src/language/dockerfile';
import { environmentFindings, validateDocument } from '../../../../src/language/dockerfile/features/validate';
import type { DockerfileEnvironment } from '../../../../src/language/dockerfile/rules/rule';
import { parseFull } from '../../../../src/language/dockerfile/parse/parseDockerfile';
import { repoRoot } from '../../../support/fixtures';

let opened = 0;

/** A document under a fresh URI, so that parse caches shared across a test file never mix two texts. */
export function doc(text: string, version = 1, uri = `file:///w/${++opened}/Dockerfile`): TextDocument {
  return TextDocument.create(uri, 'dockerfile', version, text);
}

export function settingsWith(rules: Record<string, RuleSeverity> = {}): LanguageSettings {
  return { ...defaultLanguageSettings, dockerfile: { rules } };
}

/** Diagnostics of the whole rule set for `text`. */
export function lint(text: string, rules: Record<string, RuleSeverity> = {}): Diagnostic[] {
  return validateDocument(parseFull(text), settingsWith(rules));
}

/**
 * Codes reported for `text`, restricted to `code` when given; a rule that is off by default is
 * turned on (as a hint) when it is the one asked about.
 */
export function codes(text: string, code?: string): string[] {
  const offByDefault = dockerfileRules.some(r => r.code === code && r.defaultSeverity === 'off');
  const rules: Record<string, RuleSeverity> = offByDefault && code ? { [code]: 'hint' } : {};
  return lint(text, rules)
    .map(d => String(d.code))
    .filter(c => code === undefined || c === code);
}

export const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'dockerfiles');

export function fixtures(): { name: string; text: string }[] {
  return fs
    .readdirSync(fixtureDir)
    .filter(f => f.endsWith('Dockerfile'))
    .sort()
    .map(name => ({ name, text: fs.readFileSync(path.join(fixtureDir, name), 'utf8') }));
}

/**
 * The build context and engine the environment rules see in tests: a folder with these files and
 * this `.dockerignore`, local images for two platforms, and an amd64 engine.
 */
export const testContext = {
  root: '/ctx',
  files: {
    Dockerfile: 'FROM scratch\n',
    '.dockerignore': 'node_modules\nsecrets\n*.log\n!keep.log\n',
    'app.js': 'console.log(1)\n',
    'package.json': '{}\n',
    'keep.log': 'kept\n',
    'debug.log': 'dropped\n',
    'secrets/key.pem': 'KEY\n',
    'node_modules/x/index.js': 'module.exports = 1;\n',
    'src/main.js': 'main()\n',
  } as Record<string, string>,
  images: [
    { reference: 'arm-only:1', id: 'sha256:a', size: 1, created: '2026-01-01T00:00:00Z', platform: 'linux/arm64' },
    { reference: 'node:20', id: 'sha256:b', size: 1, created: '2026-01-01T00:00:00Z', platform: 'linux/amd64' },
  ] as LocalImage[],
  platform: 'linux/amd64',
};

/** An in-memory file system holding `files` (relative to `root`) and their folders. */
export function memoryFileSystem(root: string, files: Readonly<Record<string, string>>): FileSystem {
  const all = new Map(Object.entries(files).map(([name, text]) => [`${root}/${name}`, text]));
  const folders = new Set<string>([root]);
  for (const file of all.keys()) {
    for (let dir = path.posix.dirname(file); dir.length >= root.length; dir = path.posix.dirname(dir)) {
      folders.add(dir);
    }
  }
  return {
    exists: p => all.has(p) || folders.has(p),
    readFile: p => all.get(p),
    listDirectory: p => {
      if (!folders.has(p)) {
        return undefined;
      }
      const children = [...all.entries()]
        .filter(([f]) => path.posix.dirname(f) === p)
        .map(([f, text]) => ({ name: path.posix.basename(f), directory: false, size: Buffer.byteLength(text) }));
      const dirs = [...folders]
        .filter(f => f !== p && path.posix.dirname(f) === p)
        .map(f => ({ name: path.posix.basename(f), directory: true, size: 0 }));
      return [...dirs, ...children];
    },
  };
}

export function testEnvironment(files: Readonly<Record<string, string>> = testContext.files): DockerfileEnvironment {
  const images = testContext.images;
  return {
    fs: memoryFileSystem(testContext.root, files),
    images: {
      list: () => Promise.resolve(images),
      inspect: reference => Promise.resolve(images.find(i => i.reference === reference)),
      platform: () => Promise.resolve(testContext.platform),
    },
    contextRoot: testContext.root,
    dockerfile: 'Dockerfile',
  };
}

/** Codes reported for `text` with the environment rules running against `testEnvironment()`. */
export async function environmentCodes(text: string, code?: string, env = testEnvironment()): Promise<string[]> {
  const parsed = parseFull(text);
  const diagnostics = validateDocument(parsed, settingsWith(), undefined, await environmentFindings(parsed, env));
  return diagnostics.map(d => String(d.code)).filter(c => code === undefined || c === code);
}
