/**
 * The parts every stack's files share: the .dockerignore's common lines and compose.yaml. Each
 * stack adds its own ignore lines (dependencies, build output) and chooses the port.
 */

/** What never belongs in a build context: version control, editor state, local secrets, Docker's own files, logs. */
const commonIgnores = [
  '# What `docker build` leaves out of the build context. Written by Dockhand; adjust to your project.',
  '',
  '# Version control and editors',
  '.git',
  '.vscode',
  '.idea',
  '**/.DS_Store',
  '',
  '# Local environment files hold secrets: pass them at run time, never bake them into an image',
  '.env',
  '.env.*',
  '',
  '# Compose files and logs',
  'compose*.yaml',
  'docker-compose*.yml',
  '**/*.log',
];

/** The .dockerignore text: the common lines, then the stack's own under its heading. */
export function dockerignoreText(heading: string, stackLines: readonly string[]): string {
  const own = stackLines.length ? ['', `# ${heading}`, ...stackLines] : [];
  return [...commonIgnores, ...own, ''].join('\n');
}

/** A compose service name from a folder name: lower case letters, digits, `-` and `_`, starting with a letter or digit. */
export function serviceName(folderName: string): string {
  const name = folderName
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return name || 'app';
}

export interface ComposeOptions {
  readonly service: string;
  readonly port?: number;
  /** Runs an init process as PID 1 (for runtimes that do not handle SIGTERM there themselves). */
  readonly init?: boolean;
  readonly environment?: Readonly<Record<string, string>>;
}

/** compose.yaml: one service built from the Dockerfile beside it, its port published as the same port on the host. */
export function composeText(options: ComposeOptions): string {
  const lines = [
    '# Written by Dockhand. Start with `docker compose up --build`; stop with `docker compose down`.',
    'services:',
    `  ${options.service}:`,
    '    build: .',
  ];
  if (options.port !== undefined) {
    lines.push('    ports:', `      - "${options.port}:${options.port}"`);
  }
  const environment = Object.entries(options.environment ?? {});
  if (environment.length) {
    lines.push('    environment:', ...environment.map(([key, value]) => `      ${key}: "${value}"`));
  }
  if (options.init) {
    lines.push('    init: true');
  }
  lines.push('    restart: unless-stopped', '');
  return lines.join('\n');
}

/** `HEALTHCHECK` options every stack uses; the probe differs by what the runtime image has. */
export const healthcheckOptions = '--interval=30s --timeout=5s --start-period=20s --retries=3';

/** An exec-form JSON array for CMD, ENTRYPOINT and HEALTHCHECK CMD. */
export function execForm(words: readonly string[]): string {
  return `[${words.map(w => JSON.stringify(w)).join(', ')}]`;
}

/** The header comment of every generated Dockerfile (no `=`: a first-line `# key=value` would be a parser directive). */
export function dockerfileHeader(what: string): string {
  return [
    `# ${what}. Written by Dockhand: review it, it is yours now.`,
    '# Build and run with `docker compose up --build` (BuildKit, the default builder since Docker 23).',
    '',
  ].join('\n');
}
