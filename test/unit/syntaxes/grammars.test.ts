import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scopesOf, tokenize, type Token } from '../../support/textmate';

const fixtures = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'syntaxes');
const read = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');

/** True when some scope of the token starts with `prefix` (scopes are dotted, most specific last). */
function has(scopes: readonly string[], prefix: string): boolean {
  return scopes.some(s => s === prefix || s.startsWith(`${prefix}.`));
}

function assertScope(line: readonly Token[], text: string, prefix: string): void {
  const scopes = scopesOf(line, text);
  assert.ok(has(scopes, prefix), `"${text}" should carry ${prefix}, has ${scopes.join(' ')}`);
}

function assertNoScope(line: readonly Token[], text: string, prefix: string): void {
  const scopes = scopesOf(line, text);
  assert.ok(!has(scopes, prefix), `"${text}" should not carry ${prefix}, has ${scopes.join(' ')}`);
}

describe('Dockerfile injection grammar', () => {
  let lines: Token[][];
  before(async () => {
    lines = await tokenize('source.dockerfile', read('Dockerfile'));
  });
  const line = (n: number): Token[] => lines[n - 1];

  it('highlights the command words of a RUN line as shell commands', () => {
    assertScope(line(25), 'echo', 'entity.name.command.shell');
    assertScope(line(25), 'back', 'string.unquoted.argument.shell');
    assertScope(line(25), 'RUN', 'keyword.other.special-method.dockerfile');
  });

  it('tokenizes RUN flags (--mount=type=cache,…) before the shell command', () => {
    assertScope(line(5), 'mount', 'entity.other.attribute-name.flag.dockerfile');
    assertScope(line(5), 'type', 'support.type.property-name.flag-option.dockerfile');
    assertScope(line(5), 'cache', 'string.unquoted.flag-value.dockerfile');
    assertScope(line(5), 'npm', 'entity.name.command.shell');
  });

  it('keeps shell scopes across backslash continuation lines and ends the RUN after them', () => {
    assertScope(line(7), '&&', 'meta.embedded.line.shell');
    assertScope(line(8), 'rm', 'entity.name.command.shell');
    assertNoScope(line(9), 'RUN', 'meta.embedded');
  });

  it('highlights a RUN heredoc body as a shell script and a COPY heredoc body as file content', () => {
    assertScope(line(9), 'EOF', 'entity.name.tag.heredoc.dockerfile');
    assertScope(line(10), 'set', 'entity.name.command.shell');
    assertScope(line(11), 'HOME', 'variable.other.normal.shell');
    assertScope(line(12), 'EOF', 'entity.name.tag.heredoc.dockerfile');
    assertScope(line(14), 'Welcome $USER', 'string.unquoted.heredoc.dockerfile');
    assertNoScope(line(16), 'ENV', 'string');
  });

  it('marks variables in other instructions, with ${VAR:-default} split into its parts', () => {
    assertScope(line(16), 'PATH', 'variable.other.dockerfile');
    assertScope(line(3), 'NODE_VERSION', 'variable.other.dockerfile');
    assertScope(line(3), ':-', 'keyword.operator.expansion.dockerfile');
    assertScope(line(3), '20', 'string.unquoted.default-value.dockerfile');
  });

  it('highlights HEALTHCHECK CMD and shell-form ENTRYPOINT as shell, exec form as a JSON array', () => {
    assertScope(line(17), 'interval', 'entity.other.attribute-name.flag.dockerfile');
    assertScope(line(17), 'curl', 'entity.name.command.shell');
    assertScope(line(19), 'exec', 'entity.name.command.shell');
    assertScope(line(18), 'node', 'string.quoted.double.json.dockerfile');
    assertScope(line(18), '[', 'punctuation.definition.array.begin.json.dockerfile');
    assertScope(line(20), 'echo hi', 'string.quoted.double.json.dockerfile');
    assertNoScope(line(20), 'echo hi', 'meta.embedded');
  });

  it('switches RUN to PowerShell after SHELL ["powershell", …] until the next stage', () => {
    assertScope(line(23), 'Get-ChildItem', 'meta.embedded.line.powershell');
    assertScope(line(23), 'Get-ChildItem', 'support.function.powershell');
    assertNoScope(line(24), 'FROM', 'meta.shell-windows');
    assertScope(line(25), 'echo', 'entity.name.command.shell');
  });

  it('leaves comments alone', () => {
    assertNoScope(line(1), ' syntax=docker/dockerfile:1', 'variable');
  });
});

describe('Compose interpolation grammar', () => {
  let lines: Token[][];
  before(async () => {
    lines = await tokenize('source.dockercompose', read('compose.yaml'));
  });

  it('keeps YAML highlighting and marks ${VAR:-default} inside a quoted value', () => {
    assertScope(lines[0], 'services', 'entity.name.tag.yaml');
    assertScope(lines[2], 'NGINX_TAG', 'variable.other.dockercompose');
    assertScope(lines[2], ':-', 'keyword.operator.expansion.dockercompose');
    assertScope(lines[2], '1.25', 'string.unquoted.interpolation-value.dockercompose');
  });

  it('marks ${VAR:?error} with its message, $VAR and the $$ escape', () => {
    assertScope(lines[4], ':?', 'keyword.operator.error.dockercompose');
    assertScope(lines[4], 'set DATABASE_URL in .env', 'string.unquoted.interpolation-value.dockercompose');
    assertScope(lines[5], '$$', 'constant.character.escape.dollar.dockercompose');
    assertScope(lines[5], 'HOME', 'variable.other.dockercompose');
  });

  it('does not interpolate inside comments', () => {
    assert.ok(
      lines[6].every(t => !has(t.scopes, 'variable')),
      'no variable scope in a comment',
    );
  });
});

describe('dockerignore grammar', () => {
  let lines: Token[][];
  before(async () => {
    lines = await tokenize('source.dockerignore', read('.dockerignore'));
  });

  it('tokenizes comments, exceptions, ** and character classes', () => {
    assertScope(lines[0], ' build output', 'comment.line.number-sign.dockerignore');
    assertScope(lines[1], 'node_modules', 'string.unquoted.path.dockerignore');
    assertScope(lines[2], '**', 'keyword.operator.glob.globstar.dockerignore');
    assertScope(lines[3], '!', 'keyword.operator.negation.dockerignore');
    assertScope(lines[3], 'important.log', 'meta.pattern.exception.dockerignore');
    assertScope(lines[4], 'a-z', 'constant.other.character-class.set.dockerignore');
    assertScope(lines[4], '?', 'keyword.operator.glob.wildcard.dockerignore');
  });
});

describe('grammar contributions', () => {
  it('points every contributed grammar and language configuration at a file that exists and parses', () => {
    const root = path.join(__dirname, '..', '..', '..', '..');
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: { grammars: { path: string }[]; languages: { configuration?: string }[] };
    };
    const files = [
      ...manifest.contributes.grammars.map(g => g.path),
      ...manifest.contributes.languages.flatMap(l => l.configuration ?? []),
    ];
    assert.ok(files.length >= 5);
    for (const file of files) {
      assert.ok(file.startsWith('./syntaxes/'), `${file} lives in syntaxes/`);
      JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
    }
  });
});
