import { baseImages } from '../baseImages';
import { composeText, dockerfileHeader, dockerignoreText, execForm, healthcheckOptions, serviceName } from '../commonFiles';
import type { ProjectFolder } from '../ProjectFolder';
import { portOf, portQuestion, type Question, type ScaffoldPlan } from '../ScaffoldPlan';

interface Project {
  readonly file: string;
  readonly assembly: string;
  /** The image tag: `net8.0` → `8.0`. */
  readonly version: string;
  readonly web: boolean;
}

function projectOf(folder: ProjectFolder, file: string): Project | undefined {
  const text = folder.read(file) ?? '';
  // Test and library projects are not apps.
  if (/<IsTestProject>\s*true/i.test(text) || /<OutputType>\s*Library\s*</i.test(text)) {
    return undefined;
  }
  const web = /Sdk="Microsoft\.NET\.Sdk\.(Web|Razor|BlazorWebAssembly)"/.test(text);
  if (!web && !/<OutputType>\s*Exe\s*</i.test(text)) {
    return undefined;
  }
  const framework = /<TargetFrameworks?>\s*net(\d+\.\d+)/.exec(text)?.[1];
  const base = file
    .split('/')
    .pop()!
    .replace(/\.csproj$/, '');
  return {
    file,
    assembly: /<AssemblyName>\s*([^<\s]+)\s*</.exec(text)?.[1] ?? base,
    version: framework && (baseImages.dotnet.versions as readonly string[]).includes(framework) ? framework : baseImages.dotnet.newest,
    web,
  };
}

export function detectDotnet(folder: ProjectFolder): ScaffoldPlan | undefined {
  const projects = folder
    .find(name => name.endsWith('.csproj'), 2)
    .map(f => projectOf(folder, f))
    .filter((p): p is Project => p !== undefined);
  if (!projects.length) {
    return undefined;
  }
  const byFile = new Map(projects.map(p => [p.file, p]));
  const only = projects.length === 1 ? projects[0] : undefined;
  const questions: Question[] = [];
  if (!only) {
    questions.push({ id: 'entry', prompt: 'Which project is the app?', placeHolder: projects[0].file, choices: projects.map(p => p.file) });
  }
  // ASP.NET Core 8+ images listen on 8080 (ASPNETCORE_HTTP_PORTS); a console app may serve nothing.
  const detectedPort = only?.web ? 8080 : undefined;
  if (only && !only.web) {
    questions.push(portQuestion());
  } else if (!only) {
    questions.push(portQuestion('8080'));
  }
  return {
    stack: 'dotnet',
    folder: folder.root,
    label: '.NET',
    facts: only
      ? [`${only.file}: ${only.web ? 'ASP.NET Core' : 'console'} app ${only.assembly}.dll, .NET ${only.version}`]
      : [`${projects.length} app projects: ${projects.map(p => p.file).join(', ')}`],
    questions,
    generate: answers => {
      const project = only ?? byFile.get(answers.entry ?? '') ?? projects[0];
      const port = portOf(answers.port, detectedPort);
      const runtime = project.web ? baseImages.dotnet.aspnet : baseImages.dotnet.runtime;
      const dir = project.file.includes('/') ? project.file.slice(0, project.file.lastIndexOf('/')) : '.';
      const dockerfile = [
        dockerfileHeader(`A .NET ${project.web ? 'web ' : ''}app (${project.assembly})`),
        `FROM ${baseImages.dotnet.sdk}:${project.version}-alpine AS build`,
        'WORKDIR /src',
        '# The project file first: the restore layer is reused until it changes.',
        `COPY ${project.file} ${dir === '.' ? './' : `${dir}/`}`,
        'RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\',
        `    dotnet restore ${project.file}`,
        'COPY . .',
        'RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\',
        `    dotnet publish ${project.file} -c Release --no-restore -o /out`,
        '',
        `FROM ${runtime}:${project.version}-alpine AS runtime`,
        'WORKDIR /app',
        'COPY --from=build /out ./',
        '# The .NET images have an unprivileged user `app`.',
        'USER app',
        ...(port !== undefined
          ? [
              ...(port !== 8080 && project.web ? [`ENV ASPNETCORE_HTTP_PORTS=${port}`] : []),
              `EXPOSE ${port}`,
              `HEALTHCHECK ${healthcheckOptions} \\`,
              `    CMD ${execForm(['nc', '-z', '127.0.0.1', String(port)])}`,
            ]
          : []),
        `ENTRYPOINT ${execForm(['dotnet', `${project.assembly}.dll`])}`,
        '',
      ].join('\n');
      return {
        dockerfile,
        dockerignore: dockerignoreText('Build output (the image builds its own)', ['**/bin', '**/obj']),
        compose: composeText({ service: serviceName(folder.name), port }),
      };
    },
  };
}
