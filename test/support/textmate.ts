import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

/**
 * Tokenizes text with Dockhand's grammars the way VS Code does: vscode-textmate on Oniguruma, with
 * the built-in grammars Dockhand's injections extend (Dockerfile, YAML) and embed (shell,
 * PowerShell, batch) taken from the VS Code that the test harness installs — never copied here.
 */
export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

const repoRoot = path.join(__dirname, '..', '..', '..');

export function builtinExtensionsDir(): string {
  const codeServer = process.env.CODE_SERVER_DIR ?? path.join(os.homedir(), '.cache/dockhand/code-server-4.100.3/node_modules/code-server');
  const dir = path.join(codeServer, 'lib', 'vscode', 'extensions');
  if (!fs.existsSync(path.join(dir, 'docker'))) {
    throw new Error(`VS Code's built-in grammars are not at ${dir}: run scripts/setup-code-server.sh (or set CODE_SERVER_DIR)`);
  }
  return dir;
}

function grammarFiles(): Record<string, string> {
  const builtin = builtinExtensionsDir();
  return {
    'source.dockerfile': path.join(builtin, 'docker/syntaxes/docker.tmLanguage.json'),
    'source.shell': path.join(builtin, 'shellscript/syntaxes/shell-unix-bash.tmLanguage.json'),
    'source.powershell': path.join(builtin, 'powershell/syntaxes/powershell.tmLanguage.json'),
    'source.batchfile': path.join(builtin, 'bat/syntaxes/batchfile.tmLanguage.json'),
    'source.yaml': path.join(builtin, 'yaml/syntaxes/yaml.tmLanguage.json'),
    'source.yaml.embedded': path.join(builtin, 'yaml/syntaxes/yaml-embedded.tmLanguage.json'),
    ...Object.fromEntries(
      ['1.0', '1.1', '1.2', '1.3'].map(v => [`source.yaml.${v}`, path.join(builtin, `yaml/syntaxes/yaml-${v}.tmLanguage.json`)]),
    ),
    'source.dockerfile.dockhand': path.join(repoRoot, 'syntaxes/dockerfile.injection.tmLanguage.json'),
    'source.dockercompose': path.join(repoRoot, 'syntaxes/compose.tmLanguage.json'),
    'source.dockercompose.interpolation': path.join(repoRoot, 'syntaxes/compose-interpolation.injection.tmLanguage.json'),
    'source.dockerignore': path.join(repoRoot, 'syntaxes/dockerignore.tmLanguage.json'),
  };
}

/** Which injection grammars package.json contributes to which scope (read from the manifest itself). */
function injectionsFromManifest(): Map<string, string[]> {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    contributes: { grammars: { scopeName: string; injectTo?: string[] }[] };
  };
  const injections = new Map<string, string[]>();
  for (const grammar of manifest.contributes.grammars) {
    for (const target of grammar.injectTo ?? []) {
      injections.set(target, [...(injections.get(target) ?? []), grammar.scopeName]);
    }
  }
  return injections;
}

let registry: Promise<textmate.Registry> | undefined;

function loadRegistry(): Promise<textmate.Registry> {
  registry ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const files = grammarFiles();
    const injections = injectionsFromManifest();
    return new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
        createOnigString: s => new oniguruma.OnigString(s),
      }),
      loadGrammar: async scopeName => {
        const file = files[scopeName];
        if (!file) {
          return null;
        }
        return textmate.parseRawGrammar(await fs.promises.readFile(file, 'utf8'), file);
      },
      getInjections: scopeName => injections.get(scopeName),
    });
  })();
  return registry;
}

/** Each line's tokens, whitespace-only tokens left out. */
export async function tokenize(scopeName: string, text: string): Promise<Token[][]> {
  const grammar = await (await loadRegistry()).loadGrammar(scopeName);
  if (!grammar) {
    throw new Error(`no grammar for ${scopeName}`);
  }
  let state = textmate.INITIAL;
  const lines: Token[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const result = grammar.tokenizeLine(line, state);
    lines.push(
      result.tokens.map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })).filter(t => t.text.trim() !== ''),
    );
    state = result.ruleStack;
  }
  return lines;
}

/** The scopes of the first token on the line whose text is exactly `text`. */
export function scopesOf(line: readonly Token[], text: string): readonly string[] {
  const token = line.find(t => t.text === text);
  if (!token) {
    throw new Error(`no token "${text}" in: ${line.map(t => JSON.stringify(t.text)).join(' ')}`);
  }
  return token.scopes;
}
