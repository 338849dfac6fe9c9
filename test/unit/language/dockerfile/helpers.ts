import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { defaultLanguageSettings, type LanguageSettings, type RuleSeverity } from '../../../../src/language/common/LanguageFeatures';
import { dockerfileRules } from '../../../../src/language/dockerfile';
import { validateDocument } from '../../../../src/language/dockerfile/features/validate';
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
  return lint(text, rules).map(d => String(d.code)).filter(c => code === undefined || c === code);
}

export const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'dockerfiles');

export function fixtures(): { name: string; text: string }[] {
  return fs.readdirSync(fixtureDir).filter(f => f.endsWith('Dockerfile')).sort()
    .map(name => ({ name, text: fs.readFileSync(path.join(fixtureDir, name), 'utf8') }));
}
