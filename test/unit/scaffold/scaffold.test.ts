import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parse as parseYaml } from 'yaml';
import { defaultLanguageSettings, type LanguageSettings, type RuleSeverity } from '../../../src/language/common/LanguageFeatures';
import { noImages } from '../../../src/language/common/EngineImages';
import { composeRules, createComposeFeatures } from '../../../src/language/compose';
import { createDockerfileFeatures, dockerfileRules } from '../../../src/language/dockerfile';
import { createDockerignoreFeatures, dockerignoreRules } from '../../../src/language/dockerignore';
import { nodeFileSystem } from '../../../src/language/server/node/nodeFileSystem';
import { detectProjects } from '../../../src/scaffold/detectProjects';
import type { Answers, GeneratedFiles, ScaffoldPlan } from '../../../src/scaffold/ScaffoldPlan';
import { repoRoot } from '../../support/fixtures';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'scaffold');
const token = { isCancellationRequested: false };

/** Every rule of the three languages on, those off by default as hints. */
function everyRuleOn(): LanguageSettings {
  const on = (rules: readonly { code: string; defaultSeverity: RuleSeverity }[]) =>
    Object.fromEntries(rules.filter(r => r.defaultSeverity === 'off').map(r => [r.code, 'hint' as const]));
  return {
    dockerfile: { rules: on(dockerfileRules) },
    compose: { ...defaultLanguageSettings.compose, rules: on(composeRules), schemaValidation: true },
    dockerignore: { rules: on(dockerignoreRules) },
  };
}

/** The fixture copied to a temporary folder of the same name, with the generated files written into it. */
async function writtenCopy(fixture: string, files: GeneratedFiles): Promise<string> {
  const folder = path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dockhand-scaffold-')), path.basename(fixture));
  await fs.promises.cp(path.join(fixtures, fixture), folder, { recursive: true });
  await fs.promises.writeFile(path.join(folder, 'Dockerfile'), files.dockerfile);
  await fs.promises.writeFile(path.join(folder, '.dockerignore'), files.dockerignore);
  await fs.promises.writeFile(path.join(folder, 'compose.yaml'), files.compose);
  return folder;
}

/** What Dockhand's Dockerfile, Compose and .dockerignore analyzers report on the written files, every rule on. */
async function diagnosticsOf(folder: string): Promise<Record<string, Diagnostic[]>> {
  const settings = everyRuleOn();
  const deps = { settings: () => settings, images: noImages, fs: nodeFileSystem };
  const languages = {
    Dockerfile: ['dockerfile', createDockerfileFeatures({ ...deps, buildHistory: { historyFor: () => undefined } })],
    'compose.yaml': ['dockercompose', createComposeFeatures(deps)],
    '.dockerignore': ['dockerignore', createDockerignoreFeatures(deps)],
  } as const;
  const found: Record<string, Diagnostic[]> = {};
  for (const [name, [language, features]] of Object.entries(languages)) {
    const file = path.join(folder, name);
    const doc = TextDocument.create(pathToFileURL(file).href, language, 1, fs.readFileSync(file, 'utf8'));
    found[name] = await features.validate(doc, token);
  }
  return found;
}

/** A Dockerfile's instructions, continuation lines joined and comments dropped, as [keyword, rest]. */
function instructions(dockerfile: string): Array<[string, string]> {
  const joined = dockerfile.replace(/\\\n\s*/g, ' ');
  return joined
    .split('\n')
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'))
    .map(line => {
      const [keyword, ...rest] = line.split(/\s+/);
      return [keyword.toUpperCase(), rest.join(' ')];
    });
}

function all(dockerfile: string, keyword: string): string[] {
  return instructions(dockerfile)
    .filter(([k]) => k === keyword)
    .map(([, rest]) => rest);
}

/** Instructions of the last stage. */
function finalStage(dockerfile: string): Array<[string, string]> {
  const list = instructions(dockerfile);
  const from = list.map(([k]) => k).lastIndexOf('FROM');
  return list.slice(from);
}

interface Expectation {
  readonly fixture: string;
  readonly stack: ScaffoldPlan['stack'];
  readonly label: string;
  /** The ids of the questions asked, in order, and the answers given. */
  readonly questions: readonly string[];
  readonly answers?: Answers;
  readonly from: readonly string[];
  /** Instructions (continuations joined) that must be there, as written. */
  readonly contains: readonly string[];
  readonly user: string;
  readonly port?: number;
  /** The final CMD or ENTRYPOINT. */
  readonly start: string;
  /** Lines the .dockerignore must have besides the common ones. */
  readonly ignores: readonly string[];
  readonly init?: boolean;
}

const expectations: readonly Expectation[] = [
  {
    fixture: 'node',
    stack: 'node',
    label: 'Node.js (npm)',
    questions: [],
    from: ['node:24-alpine AS deps', 'node:24-alpine AS runtime'],
    contains: [
      'COPY package.json package-lock.json ./',
      'RUN --mount=type=cache,id=npm,target=/root/.npm npm ci --omit=dev',
      'COPY --from=deps /app/node_modules ./node_modules',
      'ENV NODE_ENV=production PORT=3000',
    ],
    user: 'node',
    port: 3000,
    start: 'CMD ["node", "server.js"]',
    ignores: ['node_modules'],
    init: true,
  },
  {
    fixture: 'node-pnpm-build',
    stack: 'node',
    label: 'Node.js (pnpm)',
    questions: ['port'],
    answers: { port: '4000' },
    from: ['node:24-alpine AS build', 'node:24-alpine AS runtime'],
    contains: [
      'RUN corepack enable',
      'COPY package.json pnpm-lock.yaml ./',
      'RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store pnpm install --frozen-lockfile',
      'RUN pnpm run build && pnpm prune --prod',
      'COPY --from=build /app ./',
    ],
    user: 'node',
    port: 4000,
    start: 'CMD ["node", "dist/main.js"]',
    ignores: ['node_modules', 'dist', 'build'],
    init: true,
  },
  {
    fixture: 'node-yarn',
    stack: 'node',
    label: 'Node.js (yarn)',
    questions: [],
    from: ['node:24-alpine AS build', 'node:24-alpine AS runtime'],
    contains: [
      'COPY package.json yarn.lock ./',
      'RUN --mount=type=cache,id=yarn,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile',
      'RUN yarn run build && yarn install --frozen-lockfile --production --ignore-scripts --prefer-offline',
    ],
    user: 'node',
    port: 3000,
    start: 'CMD ["npm", "start"]',
    ignores: ['node_modules', '.next'],
    init: true,
  },
  {
    fixture: 'static-vite',
    stack: 'static',
    label: 'Static site (built with npm and vite)',
    questions: [],
    from: ['node:24-alpine AS build', 'nginxinc/nginx-unprivileged:1.30-alpine AS runtime'],
    contains: [
      'RUN --mount=type=cache,id=npm,target=/root/.npm npm ci',
      'RUN npm run build',
      'COPY --from=build /app/dist /usr/share/nginx/html',
    ],
    user: 'nginx',
    port: 8080,
    start: 'CMD ["nginx", "-g", "daemon off;"]',
    ignores: ['node_modules', 'dist'],
  },
  {
    fixture: 'static',
    stack: 'static',
    label: 'Static site',
    questions: [],
    from: ['nginxinc/nginx-unprivileged:1.30-alpine AS runtime'],
    contains: [
      'COPY . /usr/share/nginx/html',
      'HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]',
    ],
    user: 'nginx',
    port: 8080,
    start: 'CMD ["nginx", "-g", "daemon off;"]',
    ignores: ['node_modules'],
  },
  {
    fixture: 'python-flask',
    stack: 'python',
    label: 'Python',
    questions: [],
    from: ['python:3.14-slim AS build', 'python:3.14-slim AS runtime'],
    contains: [
      'RUN python -m venv /opt/venv',
      'COPY requirements.txt ./',
      'RUN --mount=type=cache,target=/root/.cache/pip /opt/venv/bin/pip install -r requirements.txt',
      'COPY --from=build /opt/venv /opt/venv',
      'RUN useradd --create-home --uid 10001 app',
    ],
    user: 'app',
    port: 8000,
    start: 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]',
    ignores: ['.venv', '**/__pycache__'],
    init: true,
  },
  {
    fixture: 'python-django',
    stack: 'python',
    label: 'Python',
    questions: [],
    from: ['python:3.14-slim AS build', 'python:3.14-slim AS runtime'],
    contains: ['ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH'],
    user: 'app',
    port: 8000,
    start: 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "mysite.wsgi:application"]',
    ignores: ['**/__pycache__'],
    init: true,
  },
  {
    fixture: 'python-fastapi',
    stack: 'python',
    label: 'Python',
    questions: [],
    from: ['python:3.14-slim AS build', 'python:3.14-slim AS runtime'],
    contains: ['RUN --mount=type=cache,target=/root/.cache/pip /opt/venv/bin/pip install .'],
    user: 'app',
    port: 8000,
    start: 'CMD ["uvicorn", "shop.main:app", "--host", "0.0.0.0", "--port", "8000"]',
    ignores: ['.venv'],
    init: true,
  },
  {
    fixture: 'go',
    stack: 'go',
    label: 'Go',
    questions: [],
    from: ['golang:1.27-alpine AS build', 'alpine:3.24 AS runtime'],
    contains: [
      'COPY go.mod ./',
      'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
      'RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/hello .',
      'COPY --from=build /out/hello /app/hello',
      'HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["nc", "-z", "127.0.0.1", "8081"]',
    ],
    user: 'app',
    port: 8081,
    start: 'ENTRYPOINT ["/app/hello"]',
    ignores: ['bin'],
  },
  {
    fixture: 'maven',
    stack: 'maven',
    label: 'Java (Maven)',
    questions: [],
    from: ['maven:3.9-eclipse-temurin-21-alpine AS build', 'eclipse-temurin:21-jre-alpine AS runtime'],
    contains: ['COPY pom.xml ./', 'RUN --mount=type=cache,target=/root/.m2 mvn -B -q dependency:go-offline', 'COPY src ./src'],
    user: 'app',
    port: 9090,
    start: 'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]',
    ignores: ['target'],
  },
  {
    fixture: 'gradle',
    stack: 'gradle',
    label: 'Java (Gradle)',
    questions: [],
    from: ['eclipse-temurin:17-jdk-alpine AS build', 'eclipse-temurin:17-jre-alpine AS runtime'],
    contains: ['COPY . .'],
    user: 'app',
    port: 8080,
    start: 'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]',
    ignores: ['build', '.gradle'],
  },
  {
    fixture: 'dotnet',
    stack: 'dotnet',
    label: '.NET',
    questions: [],
    from: ['mcr.microsoft.com/dotnet/sdk:9.0-alpine AS build', 'mcr.microsoft.com/dotnet/aspnet:9.0-alpine AS runtime'],
    contains: [
      'COPY src/Inventory.Api/Inventory.Api.csproj src/Inventory.Api/',
      'RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages dotnet restore src/Inventory.Api/Inventory.Api.csproj',
      'RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages dotnet publish src/Inventory.Api/Inventory.Api.csproj -c Release --no-restore -o /out',
    ],
    user: 'app',
    port: 8080,
    start: 'ENTRYPOINT ["dotnet", "Inventory.dll"]',
    ignores: ['**/bin', '**/obj'],
  },
];

describe('Add Docker Files: generated files per stack', function () {
  this.timeout(20_000);

  for (const expected of expectations) {
    describe(`${expected.fixture}`, () => {
      let plan: ScaffoldPlan;
      let files: GeneratedFiles;

      before(() => {
        const plans = detectProjects(path.join(fixtures, expected.fixture));
        assert.equal(plans.length, 1, plans.map(p => p.label).join(', '));
        plan = plans[0];
        files = plan.generate(expected.answers ?? {});
      });

      it(`is detected as ${expected.label} and asks only ${expected.questions.join(', ') || 'nothing'}`, () => {
        assert.equal(plan.stack, expected.stack);
        assert.equal(plan.label, expected.label);
        assert.equal(plan.folder, path.join(fixtures, expected.fixture));
        assert.deepEqual(
          plan.questions.map(q => q.id),
          expected.questions,
        );
      });

      it('writes a Dockerfile with pinned bases, the expected stages and steps, a non-root user and an exec-form start', () => {
        const from = all(files.dockerfile, 'FROM');
        assert.deepEqual(from, expected.from);
        for (const base of from) {
          assert.match(base.split(' ')[0], /:[\w.-]+$/, `${base} has a tag`);
          assert.doesNotMatch(base, /:latest\b/);
        }
        const joined = instructions(files.dockerfile).map(([k, rest]) => `${k} ${rest}`);
        for (const line of expected.contains) {
          assert.ok(joined.includes(line), `missing ${line} in\n${files.dockerfile}`);
        }
        const last = finalStage(files.dockerfile);
        assert.deepEqual(
          last.filter(([k]) => k === 'USER').map(([, u]) => u),
          [expected.user],
        );
        const start = last.filter(([k]) => k === 'CMD' || k === 'ENTRYPOINT').map(([k, rest]) => `${k} ${rest}`);
        assert.deepEqual(start, [expected.start]);
        assert.deepEqual(
          last.filter(([k]) => k === 'EXPOSE').map(([, p]) => p),
          expected.port !== undefined ? [String(expected.port)] : [],
        );
        const health = last.filter(([k]) => k === 'HEALTHCHECK').map(([, h]) => h);
        assert.equal(health.length, expected.port !== undefined ? 1 : 0);
        for (const check of health) {
          assert.match(check, / CMD \[/, 'the health check is exec form');
        }
        // Build steps that download get a cache mount; no ARG at all, so no secret can hide in one.
        assert.deepEqual(all(files.dockerfile, 'ARG'), []);
        if (expected.fixture !== 'static') {
          assert.ok(all(files.dockerfile, 'RUN').some(r => r.startsWith('--mount=type=cache,')));
        }
      });

      it('writes a compose.yaml that builds the folder and publishes the port', () => {
        const compose = parseYaml(files.compose) as { services: Record<string, Record<string, unknown>> };
        assert.deepEqual(Object.keys(compose.services), [expected.fixture]);
        const service = compose.services[expected.fixture];
        assert.equal(service.build, '.');
        assert.deepEqual(service.ports, expected.port !== undefined ? [`${expected.port}:${expected.port}`] : undefined);
        assert.equal(service.init, expected.init);
        assert.equal(service.restart, 'unless-stopped');
      });

      it('writes a .dockerignore that keeps secrets, version control and dependencies out', () => {
        const lines = files.dockerignore.split('\n');
        for (const line of ['.git', '.env', '.env.*', '**/*.log', ...expected.ignores]) {
          assert.ok(lines.includes(line), `${line} in\n${files.dockerignore}`);
        }
      });

      it('produces no Dockhand diagnostic at all in the three files (every rule on)', async () => {
        const folder = await writtenCopy(expected.fixture, files);
        try {
          const found = await diagnosticsOf(folder);
          for (const [name, diagnostics] of Object.entries(found)) {
            assert.deepEqual(
              diagnostics.map(d => `${String(d.code)} (line ${d.range.start.line + 1}): ${d.message}`),
              [],
              name,
            );
          }
        } finally {
          await fs.promises.rm(path.dirname(folder), { recursive: true, force: true });
        }
      });
    });
  }
});

describe('Add Docker Files: monorepos and the harness', function () {
  this.timeout(20_000);

  it('offers every project of a monorepo, and asks which main package a Go module with two is', async () => {
    const root = path.join(fixtures, 'monorepo');
    const plans = detectProjects(root);
    assert.deepEqual(
      plans.map(p => [path.relative(root, p.folder), p.label]),
      [
        ['web', 'Node.js (npm)'],
        [path.join('services', 'api'), 'Go'],
      ],
    );
    const go = plans[1];
    assert.deepEqual(
      go.questions.map(q => [q.id, q.choices]),
      [
        ['entry', ['./cmd/api', './cmd/worker']],
        ['port', undefined],
      ],
    );
    const files = go.generate({ entry: './cmd/worker', port: '' });
    const joined = instructions(files.dockerfile).map(([k, rest]) => `${k} ${rest}`);
    assert.ok(
      joined.some(l => l.endsWith('-o /out/api ./cmd/worker')),
      files.dockerfile,
    );
    // No port: nothing exposed, no health check, nothing published.
    assert.deepEqual(all(files.dockerfile, 'EXPOSE'), []);
    assert.deepEqual(all(files.dockerfile, 'HEALTHCHECK'), []);
    assert.equal((parseYaml(files.compose) as { services: { api: { ports?: unknown } } }).services.api.ports, undefined);
    const folder = path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'dockhand-scaffold-')), 'api');
    await fs.promises.cp(go.folder, folder, { recursive: true });
    for (const [name, text] of [
      ['Dockerfile', files.dockerfile],
      ['.dockerignore', files.dockerignore],
      ['compose.yaml', files.compose],
    ]) {
      await fs.promises.writeFile(path.join(folder, name), text);
    }
    try {
      const found = await diagnosticsOf(folder);
      assert.deepEqual(
        Object.values(found)
          .flat()
          .map(d => String(d.code)),
        [],
      );
    } finally {
      await fs.promises.rm(path.dirname(folder), { recursive: true, force: true });
    }
  });

  it('finds nothing in a folder without a project', () => {
    assert.deepEqual(detectProjects(path.join(fixtures, 'monorepo', 'services', 'api', 'cmd', 'api'), 0), []);
  });

  it('reports what it should on files that break the rules (so "no diagnostic" above can fail)', async () => {
    const broken: GeneratedFiles = {
      dockerfile: 'FROM node\nCOPY secret.pem /app/\nUSER root\nCMD node server.js\n',
      dockerignore: '*.pem\nnode_modeules\n',
      compose: 'services:\n  web:\n    build: ./nowhere\n    restart: sometimes\n',
    };
    const folder = await writtenCopy('node', broken);
    try {
      const found = await diagnosticsOf(folder);
      const codes = (name: string) => found[name].map(d => String(d.code)).sort();
      assert.deepEqual(codes('Dockerfile'), [
        'dockerfile.base-image-latest',
        'dockerfile.copy-ignored-file',
        'dockerfile.last-user-root',
        'dockerfile.shell-form-command',
      ]);
      assert.deepEqual(codes('.dockerignore'), ['dockerignore.matches-nothing', 'dockerignore.matches-nothing']);
      assert.ok(codes('compose.yaml').includes('compose.missing-file'), codes('compose.yaml').join());
    } finally {
      await fs.promises.rm(path.dirname(folder), { recursive: true, force: true });
    }
  });
});
