import { baseImages } from '../baseImages';
import { composeText, dockerfileHeader, dockerignoreText, execForm, healthcheckOptions, serviceName } from '../commonFiles';
import type { ProjectFolder } from '../ProjectFolder';
import { portOf, portQuestion, type Answers, type Question, type ScaffoldPlan } from '../ScaffoldPlan';
import { staticSiteStage } from './staticSite';

interface PackageJson {
  readonly name?: string;
  readonly main?: string;
  readonly packageManager?: string;
  readonly scripts?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

/** How each package manager installs, prunes and caches; `lockFiles` are copied before the install for layer caching. */
interface PackageManager {
  readonly name: string;
  readonly lockFiles: readonly string[];
  readonly install: string;
  readonly installProduction: string;
  readonly prune: string;
  readonly run: (script: string) => string;
  readonly cache: string;
  /** Installed by corepack (bundled with Node.js 24) from the package.json `packageManager` field. */
  readonly corepack: boolean;
}

function packageManagerOf(folder: ProjectFolder, pkg: PackageJson): PackageManager {
  const declared = pkg.packageManager?.split('@')[0];
  if (declared === 'pnpm' || (!declared && folder.exists('pnpm-lock.yaml'))) {
    const frozen = folder.exists('pnpm-lock.yaml') ? ' --frozen-lockfile' : '';
    return {
      name: 'pnpm',
      lockFiles: ['pnpm-lock.yaml', 'pnpm-workspace.yaml'].filter(f => folder.exists(f)),
      install: `pnpm install${frozen}`,
      installProduction: `pnpm install${frozen} --prod`,
      prune: 'pnpm prune --prod',
      run: script => `pnpm run ${script}`,
      cache: 'id=pnpm,target=/root/.local/share/pnpm/store',
      corepack: true,
    };
  }
  if (declared === 'yarn' || (!declared && folder.exists('yarn.lock'))) {
    const berry = /^yarn@[2-9]/.test(pkg.packageManager ?? '') || folder.exists('.yarnrc.yml');
    if (berry) {
      return {
        name: 'yarn',
        lockFiles: ['yarn.lock', '.yarnrc.yml'].filter(f => folder.exists(f)),
        install: 'yarn install --immutable',
        installProduction: 'yarn workspaces focus --all --production',
        prune: 'yarn workspaces focus --all --production',
        run: script => `yarn run ${script}`,
        cache: 'id=yarn,target=/root/.yarn/berry/cache',
        corepack: true,
      };
    }
    const frozen = folder.exists('yarn.lock') ? ' --frozen-lockfile' : '';
    return {
      name: 'yarn',
      lockFiles: ['yarn.lock'].filter(f => folder.exists(f)),
      install: `yarn install${frozen}`,
      installProduction: `yarn install${frozen} --production`,
      prune: `yarn install${frozen} --production --ignore-scripts --prefer-offline`,
      run: script => `yarn run ${script}`,
      cache: 'id=yarn,target=/usr/local/share/.cache/yarn',
      corepack: false,
    };
  }
  const lock = ['package-lock.json', 'npm-shrinkwrap.json'].filter(f => folder.exists(f));
  return {
    name: 'npm',
    lockFiles: lock,
    install: lock.length ? 'npm ci' : 'npm install',
    installProduction: lock.length ? 'npm ci --omit=dev' : 'npm install --omit=dev',
    prune: 'npm prune --omit=dev',
    run: script => `npm run ${script}`,
    cache: 'id=npm,target=/root/.npm',
    corepack: false,
  };
}

/** Front-end build tools whose output is a static site, with the folder each writes it to. */
const staticBuilders: ReadonlyArray<readonly [string, string]> = [
  ['vite', 'dist'],
  ['react-scripts', 'build'],
  ['astro', 'dist'],
  ['parcel', 'dist'],
  ['@11ty/eleventy', '_site'],
];

/** Packages that mean the app is a server even when it also bundles (Next.js, Nuxt, Express…). */
const serverPackages = [
  'next',
  'nuxt',
  'express',
  'fastify',
  'koa',
  '@nestjs/core',
  '@hapi/hapi',
  '@remix-run/serve',
  '@sveltejs/adapter-node',
];

/** A start script that is just `node file [args]` runs as exactly that, without npm in between. */
function directNodeCommand(script: string | undefined): string[] | undefined {
  if (!script || /[;&|<>$`'"\\*?(){}]/.test(script)) {
    return undefined;
  }
  const words = script.trim().split(/\s+/);
  return words[0] === 'node' && words.length > 1 ? words : undefined;
}

/** The port the code listens on: `listen(3000`, `PORT || 3000`, `PORT ?? 3000`. */
function portInCode(folder: ProjectFolder, files: readonly string[]): number | undefined {
  for (const file of files) {
    const text = folder.read(file) ?? '';
    const match = /\.listen\(\s*(\d{2,5})\b/.exec(text) ?? /\bPORT\b\s*(?:\|\||\?\?)\s*(\d{2,5})\b/.exec(text);
    if (match) {
      return Number(match[1]);
    }
  }
  return undefined;
}

export function detectNode(folder: ProjectFolder): ScaffoldPlan | undefined {
  const pkg = folder.readJson('package.json') as PackageJson | undefined;
  if (!pkg || typeof pkg !== 'object') {
    return undefined;
  }
  const pm = packageManagerOf(folder, pkg);
  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  const scripts = pkg.scripts ?? {};
  const build = 'build' in scripts;
  const server = serverPackages.some(p => p in (pkg.dependencies ?? {}));
  const builder = staticBuilders.find(([tool]) => tool in deps);
  const lockFact = pm.lockFiles.length
    ? `lock file ${pm.lockFiles[0]}`
    : 'no lock file: installs are not reproducible until one is committed';
  if (build && builder && !server && !scripts.start?.startsWith('node ')) {
    const [tool, output] = builder;
    return {
      stack: 'static',
      folder: folder.root,
      label: `Static site (built with ${pm.name} and ${tool})`,
      facts: [`${pm.name}, ${lockFact}`, `\`${pm.run('build')}\` writes the site to ${output}/, served by nginx on port 8080`],
      questions: [],
      generate: () => ({
        dockerfile: [
          dockerfileHeader(`A static site built with ${tool}, served by nginx`),
          ...baseStage(pm, 'build'),
          ...copyManifests(pm),
          `RUN --mount=type=cache,${pm.cache} \\`,
          `    ${pm.install}`,
          'COPY . .',
          `RUN ${pm.run('build')}`,
          '',
          ...staticSiteStage(`--from=build /app/${output}`),
        ].join('\n'),
        dockerignore: dockerignoreText('Dependencies and build output (the image builds its own)', ['node_modules', output, 'coverage']),
        compose: composeText({ service: serviceName(folder.name), port: 8080 }),
      }),
    };
  }

  const direct = directNodeCommand(scripts.start);
  const entryFile = direct?.[1] ?? pkg.main ?? ['server.js', 'index.js', 'app.js', 'main.js'].find(f => folder.exists(f));
  const nextApp = 'next' in (pkg.dependencies ?? {});
  const detectedPort = nextApp ? 3000 : portInCode(folder, entryFile ? [entryFile] : []);
  const questions: Question[] = [];
  let command: (answers: Answers) => string[];
  let commandFact: string;
  if (direct) {
    command = () => direct;
    commandFact = `starts with \`${direct.join(' ')}\` (the start script, without ${pm.name} in between)`;
  } else if (scripts.start) {
    // npm is in every node image (pnpm and yarn would need corepack to fetch them at run time) and runs the same script.
    command = () => ['npm', 'start'];
    commandFact = `starts with \`npm start\` (the start script: ${scripts.start})`;
  } else if (entryFile) {
    command = () => ['node', entryFile];
    commandFact = `starts with \`node ${entryFile}\``;
  } else {
    questions.push({
      id: 'entry',
      prompt: 'Which file starts the app? (no start script or main in package.json)',
      placeHolder: 'server.js',
    });
    command = answers => ['node', answers.entry ?? 'index.js'];
    commandFact = 'starts with `node` and the file you give';
  }
  if (detectedPort === undefined) {
    questions.push(portQuestion('3000'));
  }
  return {
    stack: 'node',
    folder: folder.root,
    label: `Node.js (${pm.name})`,
    facts: [
      `${pm.name}, ${lockFact}`,
      commandFact,
      ...(build ? [`\`${pm.run('build')}\` runs in a build stage; dev dependencies are pruned before the runtime stage`] : []),
      ...(detectedPort !== undefined ? [`listens on port ${detectedPort}`] : []),
    ],
    questions,
    generate: answers => {
      const port = portOf(answers.port, detectedPort);
      const install = build
        ? [
            ...baseStage(pm, 'build'),
            ...copyManifests(pm),
            `RUN --mount=type=cache,${pm.cache} \\`,
            `    ${pm.install}`,
            'COPY . .',
            `RUN ${pm.run('build')} \\`,
            ` && ${pm.prune}`,
          ]
        : [...baseStage(pm, 'deps'), ...copyManifests(pm), `RUN --mount=type=cache,${pm.cache} \\`, `    ${pm.installProduction}`];
      const runtime = [
        `FROM ${baseImages.node} AS runtime`,
        'WORKDIR /app',
        `ENV NODE_ENV=production${port !== undefined ? ` PORT=${port}` : ''}`,
        ...(build ? ['COPY --from=build /app ./'] : ['COPY --from=deps /app/node_modules ./node_modules', 'COPY . .']),
        '# The node image has an unprivileged user `node`; the app cannot change its own files.',
        'USER node',
        ...(port !== undefined
          ? [
              `EXPOSE ${port}`,
              `HEALTHCHECK ${healthcheckOptions} \\`,
              `    CMD ${execForm(['node', '-e', `require('net').connect(${port}, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))`])}`,
            ]
          : []),
        `CMD ${execForm(command(answers))}`,
        '',
      ];
      return {
        dockerfile: [dockerfileHeader(`A Node.js app (${pm.name})`), ...install, '', ...runtime].join('\n'),
        dockerignore: dockerignoreText('Dependencies and build output (the image installs and builds its own)', [
          'node_modules',
          'coverage',
          ...(build ? ['dist', 'build'] : []),
          ...(nextApp ? ['.next'] : []),
        ]),
        compose: composeText({ service: serviceName(folder.name), port, init: true }),
      };
    },
  };
}

function baseStage(pm: PackageManager, name: string): string[] {
  return [`FROM ${baseImages.node} AS ${name}`, 'WORKDIR /app', ...(pm.corepack ? ['RUN corepack enable'] : [])];
}

/** package.json and the lock file first: the install layer is reused until they change. */
function copyManifests(pm: PackageManager): string[] {
  return [`COPY ${['package.json', ...pm.lockFiles].join(' ')} ./`];
}
