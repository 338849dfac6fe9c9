import { baseImages } from '../baseImages';
import { composeText, dockerfileHeader, dockerignoreText, execForm, healthcheckOptions, serviceName } from '../commonFiles';
import type { ProjectFolder } from '../ProjectFolder';
import { portOf, portQuestion, type Question, type ScaffoldPlan } from '../ScaffoldPlan';

/** The folders (relative, `.` for the top) whose Go files are `package main` with a `func main`. */
function mainPackages(folder: ProjectFolder): string[] {
  const folders = new Set<string>();
  for (const file of folder.find(name => name.endsWith('.go') && !name.endsWith('_test.go'), 3)) {
    const text = folder.read(file) ?? '';
    if (/^package main\b/m.test(text) && /^func main\(\)/m.test(text)) {
      folders.add(file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');
    }
  }
  return [...folders].sort();
}

/** `http.ListenAndServe(":8080"` or `Addr: ":8080"` in the main package. */
function portInCode(folder: ProjectFolder, pkg: string): number | undefined {
  for (const name of folder.list(pkg === '.' ? '' : pkg).filter(n => n.endsWith('.go'))) {
    const match = /"(?:[\w.-]*):(\d{2,5})"/.exec(folder.read(pkg === '.' ? name : `${pkg}/${name}`) ?? '');
    if (match) {
      return Number(match[1]);
    }
  }
  return undefined;
}

export function detectGo(folder: ProjectFolder): ScaffoldPlan | undefined {
  const goMod = folder.read('go.mod');
  if (goMod === undefined) {
    return undefined;
  }
  const module = /^module\s+(\S+)/m.exec(goMod)?.[1] ?? folder.name;
  const binary =
    module
      .split('/')
      .pop()
      ?.replace(/[^\w.-]/g, '') || 'app';
  const packages = mainPackages(folder);
  const questions: Question[] = [];
  if (packages.length !== 1) {
    questions.push({
      id: 'entry',
      prompt: packages.length ? 'Which main package is the app?' : 'Which package is the app? (no `package main` found)',
      placeHolder: './cmd/server',
      ...(packages.length ? { choices: packages.map(p => (p === '.' ? '.' : `./${p}`)) } : {}),
    });
  }
  const pkg = packages.length === 1 ? packages[0] : undefined;
  const detectedPort = pkg ? portInCode(folder, pkg) : undefined;
  if (detectedPort === undefined) {
    questions.push(portQuestion('8080'));
  }
  const hasSum = folder.exists('go.sum');
  return {
    stack: 'go',
    folder: folder.root,
    label: 'Go',
    facts: [
      `module ${module}`,
      pkg ? `main package ${pkg === '.' ? 'at the top' : `./${pkg}`}, built as /app/${binary}` : 'main package: the one you choose',
      ...(detectedPort !== undefined ? [`listens on port ${detectedPort}`] : []),
    ],
    questions,
    generate: answers => {
      const target = pkg ? (pkg === '.' ? '.' : `./${pkg}`) : (answers.entry ?? '.');
      const port = portOf(answers.port, detectedPort);
      const dockerfile = [
        dockerfileHeader('A Go program, compiled in a build stage and shipped alone'),
        `FROM ${baseImages.go} AS build`,
        'WORKDIR /src',
        '# Modules first: this layer is reused until go.mod or go.sum change.',
        `COPY ${hasSum ? 'go.mod go.sum' : 'go.mod'} ./`,
        'RUN --mount=type=cache,target=/go/pkg/mod \\',
        '    go mod download',
        'COPY . .',
        'RUN --mount=type=cache,target=/go/pkg/mod \\',
        '    --mount=type=cache,target=/root/.cache/go-build \\',
        `    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/${binary} ${target}`,
        '',
        `FROM ${baseImages.goRuntime} AS runtime`,
        '# An unprivileged user to run the program.',
        'RUN addgroup -S app && adduser -S -G app -H app',
        `COPY --from=build /out/${binary} /app/${binary}`,
        'USER app',
        ...(port !== undefined
          ? [`EXPOSE ${port}`, `HEALTHCHECK ${healthcheckOptions} \\`, `    CMD ${execForm(['nc', '-z', '127.0.0.1', String(port)])}`]
          : []),
        `ENTRYPOINT ${execForm([`/app/${binary}`])}`,
        '',
      ].join('\n');
      return {
        dockerfile,
        dockerignore: dockerignoreText('Local builds and test binaries', ['bin', '**/*.test']),
        compose: composeText({ service: serviceName(folder.name), port }),
      };
    },
  };
}
