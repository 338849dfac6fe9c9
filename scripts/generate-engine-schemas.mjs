// Generates schemas/daemon.schema.json and schemas/docker-config.schema.json from the docker CLI
// repository's own documentation and source (github.com/docker/cli):
//   - docs/reference/dockerd.md: the `dockerd` options (name, type, description, default) and the
//     "Daemon configuration file" section's full Linux and Windows daemon.json examples (the key
//     names the file uses, and the shape of nested values);
//   - docs/reference/commandline/docker.md: the config.json property tables and sample file;
//   - cli/config/configfile/file.go and cli/config/types/authconfig.go: every config.json key.
// Usage: node scripts/generate-engine-schemas.mjs <docker/cli git dir or checkout> [revision]
// The generated files are committed; rerun when a new Engine release changes the options.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const [source, revision = 'HEAD'] = process.argv.slice(2);
if (!source) {
  console.error('usage: node scripts/generate-engine-schemas.mjs <docker/cli git dir or checkout> [revision]');
  process.exit(2);
}
const read = file =>
  fs.existsSync(path.join(source, file))
    ? fs.readFileSync(path.join(source, file), 'utf8')
    : execFileSync(
        'git',
        ['--git-dir', fs.existsSync(path.join(source, '.git')) ? path.join(source, '.git') : source, 'show', `${revision}:${file}`],
        { encoding: 'utf8' },
      );
const commit = (() => {
  try {
    const gitDir = fs.existsSync(path.join(source, '.git')) ? path.join(source, '.git') : source;
    return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', revision], { encoding: 'utf8' }).trim();
  } catch {
    return revision;
  }
})();
const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'schemas');

// ---- daemon.json ----------------------------------------------------------------------------
const dockerd = read('docs/reference/dockerd.md');

/** The usage block's options: `--name type   Description (default x)`, descriptions may wrap. */
function usageOptions(markdown) {
  const usage = /```markdown\nUsage:[\s\S]*?```/.exec(markdown)?.[0];
  if (!usage) throw new Error('dockerd.md: no usage block');
  const options = [];
  for (const line of usage.split('\n')) {
    const m = /^\s+(?:-\w, )?--([a-z0-9-]+)(?: ([a-z-]+))?\s{2,}(.*)$/.exec(line);
    if (m) {
      options.push({ flag: m[1], type: m[2] ?? 'bool', description: m[3].trim() });
    } else if (options.length && /^\s{40,}\S/.test(line)) {
      options.at(-1).description += ` ${line.trim()}`;
    }
  }
  return options;
}

/** The JSON examples under "##### On Linux" and "##### On Windows". */
function exampleFiles(markdown) {
  const section = markdown.slice(markdown.indexOf('### Daemon configuration file'));
  return ['On Linux', 'On Windows'].map(title => {
    const at = section.indexOf(`##### ${title}`);
    const json = /```json\n([\s\S]*?)```/.exec(section.slice(at))?.[1];
    if (at < 0 || !json) throw new Error(`dockerd.md: no ${title} example`);
    return JSON.parse(json);
  });
}

// Flags that are not configuration (they act on the command line itself).
const commandLineOnly = new Set(['config-file', 'help', 'version', 'validate']);
// Flags whose file key is not the flag name or its plural (dockerd.md, "Daemon configuration file",
// "Runtime options" and "Daemon proxy" sections).
const renamed = {
  'add-runtime': 'runtimes',
  'http-proxy': 'proxies.http-proxy',
  'https-proxy': 'proxies.https-proxy',
  'no-proxy': 'proxies.no-proxy',
};
const plural = name => (name.endsWith('y') ? `${name.slice(0, -1)}ies` : name.endsWith('s') ? name : `${name}s`);

function schemaOfValue(value) {
  if (Array.isArray(value)) {
    const item = value.length ? schemaOfValue(value[0]) : { type: 'string' };
    return { type: 'array', items: item };
  }
  if (value === null) return {};
  if (typeof value === 'object') {
    const properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, schemaOfValue(v)]));
    return { type: 'object', properties };
  }
  return { type: typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value };
}

/** A flag's value type as JSON schema (for keys the examples do not show). */
function schemaOfFlagType(type) {
  switch (type) {
    case 'bool':
      return { type: 'boolean' };
    case 'int':
      return { type: 'integer' };
    case 'list':
      return { type: 'array', items: { type: 'string' }, uniqueItems: true };
    case 'map':
    case 'mapmap':
      return { type: 'object' };
    case 'bytes':
      return { type: ['string', 'integer'] };
    default:
      return { type: 'string' };
  }
}

function descriptionOf(option) {
  return (
    option.description
      .replace(/\s+/g, ' ')
      .replace(/\(default \[\]\)|\(default map\[\]\)/, '')
      .trim() + ` (dockerd --${option.flag})`
  );
}

function daemonSchema() {
  const options = usageOptions(dockerd);
  const [linux, windows] = exampleFiles(dockerd);
  const example = { ...windows, ...linux };
  const properties = {};
  const proxies = {
    type: 'object',
    additionalProperties: false,
    properties: {},
    description: 'Proxy settings of the daemon itself (pulls, pushes), not of containers.',
  };
  for (const option of options) {
    if (commandLineOnly.has(option.flag)) continue;
    const key =
      renamed[option.flag] ??
      (option.flag in example
        ? option.flag
        : plural(option.flag) in example
          ? plural(option.flag)
          : ['list', 'map', 'mapmap', 'ulimit', 'pool-options', 'runtime'].includes(option.type)
            ? plural(option.flag)
            : option.flag);
    if (key.startsWith('proxies.')) {
      proxies.properties[key.slice('proxies.'.length)] = { type: 'string', description: descriptionOf(option) };
      continue;
    }
    const shape = key in example && example[key] !== '' ? schemaOfValue(example[key]) : schemaOfFlagType(option.type);
    if (key in example && typeof example[key] === 'string') {
      shape.type = 'string';
      delete shape.items;
      delete shape.uniqueItems;
    }
    if (['map', 'mapmap'].includes(option.type) || key === 'runtimes' || key === 'default-ulimits') delete shape.properties;
    properties[key] = { ...shape, description: descriptionOf(option) };
  }
  // Keys only in the examples (no flag of their own).
  for (const [key, value] of Object.entries(example)) {
    if (key === 'proxies') continue;
    if (!(key in properties)) {
      properties[key] = { ...schemaOfValue(value), description: `See "${key}" in the daemon configuration file reference.` };
    }
  }
  // Shapes the examples show for maps of named entries.
  properties.runtimes.additionalProperties = {
    type: 'object',
    properties: { path: { type: 'string' }, runtimeArgs: { type: 'array', items: { type: 'string' } } },
  };
  properties['default-ulimits'].additionalProperties = {
    type: 'object',
    properties: { Name: { type: 'string' }, Hard: { type: 'integer' }, Soft: { type: 'integer' } },
    required: ['Name'],
  };
  properties['log-opts'].additionalProperties = { type: 'string' };
  properties.features.additionalProperties = { type: 'boolean' };
  properties.proxies = proxies;
  // Documented in prose only: "To supply addresses in the daemon configuration file, use "host-gateway-ips"".
  if (/"host-gateway-ips"/.test(dockerd)) {
    properties['host-gateway-ips'] = {
      type: 'array',
      items: { type: 'string' },
      description: properties['host-gateway-ip']?.description ?? 'Host gateway IP addresses.',
    };
  }
  const sorted = Object.fromEntries(
    Object.keys(properties)
      .sort()
      .map(k => [k, properties[k]]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://dockhand.invalid/schemas/daemon.schema.json',
    title: 'Docker daemon configuration (daemon.json)',
    description: `Every dockerd option, generated by scripts/generate-engine-schemas.mjs from docker/cli docs/reference/dockerd.md at ${commit}. dockerd refuses to start with a key it does not know.`,
    type: 'object',
    properties: sorted,
    additionalProperties: false,
  };
}

// ---- config.json ----------------------------------------------------------------------------
const dockerMd = read('docs/reference/commandline/docker.md');
const fileGo = read('cli/config/configfile/file.go');
const authGo = read('cli/config/types/authconfig.go');

/** `| \`name\` | description |` rows of the markdown tables. */
function tableDescriptions(markdown) {
  const map = {};
  for (const m of markdown.matchAll(/^\|\s*`([A-Za-z]+)`\s*\|\s*(.*?)\s*\|\s*$/gm)) {
    map[m[1]] = m[2].replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  }
  return map;
}

/** The "The property `x` …" paragraphs. */
function propertyParagraphs(markdown) {
  const map = {};
  for (const m of markdown.matchAll(/The property `([A-Za-z]+)`([\s\S]*?)(?:\n\n|$)/g)) {
    map[m[1]] = `The property \`${m[1]}\`${m[2]}`
      .replace(/\s+/g, ' ')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .trim();
  }
  return map;
}

function structFields(go, name) {
  const body = new RegExp(`type ${name} struct \\{([\\s\\S]*?)\\n\\}`).exec(go)?.[1];
  if (!body) throw new Error(`no struct ${name}`);
  return [...body.matchAll(/^\s*\w+\s+(\S+)\s+`json:"([^",]+)/gm)].filter(m => m[2] !== '-').map(m => ({ goType: m[1], key: m[2] }));
}

function schemaOfGoType(goType) {
  if (goType === 'string') return { type: 'string' };
  if (goType === 'bool') return { type: 'boolean' };
  if (goType === '[]string') return { type: 'array', items: { type: 'string' } };
  if (goType === 'map[string]string') return { type: 'object', additionalProperties: { type: 'string' } };
  if (goType === 'map[string]map[string]string')
    return { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'string' } } };
  if (goType === 'map[string]types.AuthConfig') return { type: 'object', additionalProperties: { $ref: '#/definitions/auth' } };
  if (goType === 'map[string]ProxyConfig') return { type: 'object', additionalProperties: { $ref: '#/definitions/proxy' } };
  throw new Error(`unmapped Go type ${goType}`);
}

function configSchema() {
  const tables = tableDescriptions(dockerMd);
  const paragraphs = propertyParagraphs(dockerMd);
  const properties = {};
  for (const { goType, key } of structFields(fileGo, 'ConfigFile')) {
    const description = tables[key] ?? paragraphs[key] ?? undefined;
    properties[key] = { ...schemaOfGoType(goType), ...(description ? { description } : {}) };
  }
  properties.auths.description ??= 'Credentials per registry, where no credential store or helper keeps them (docker login).';
  const proxy = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      structFields(fileGo, 'ProxyConfig').map(f => [f.key, { type: 'string', ...(tables[f.key] ? { description: tables[f.key] } : {}) }]),
    ),
  };
  const auth = { type: 'object', properties: Object.fromEntries(structFields(authGo, 'AuthConfig').map(f => [f.key, { type: 'string' }])) };
  auth.properties.auth.description = 'base64 of "username:password" (stored in plain text: prefer a credential store).';
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://dockhand.invalid/schemas/docker-config.schema.json',
    title: 'Docker CLI configuration (~/.docker/config.json)',
    description: `Generated by scripts/generate-engine-schemas.mjs from docker/cli cli/config/configfile/file.go and docs/reference/commandline/docker.md at ${commit}. The CLI ignores keys it does not know.`,
    type: 'object',
    properties,
    definitions: { auth, proxy },
  };
}

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'daemon.schema.json'), `${JSON.stringify(daemonSchema(), null, 2)}\n`);
fs.writeFileSync(path.join(out, 'docker-config.schema.json'), `${JSON.stringify(configSchema(), null, 2)}\n`);
console.log(`schemas written from docker/cli ${commit}`);
