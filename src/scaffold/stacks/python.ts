import { baseImages } from '../baseImages';
import { composeText, dockerfileHeader, dockerignoreText, execForm, healthcheckOptions, serviceName } from '../commonFiles';
import type { ProjectFolder } from '../ProjectFolder';
import { portOf, portQuestion, type Answers, type Question, type ScaffoldPlan } from '../ScaffoldPlan';

/** How dependencies are declared, and the build-stage lines that install them into /opt/venv. */
function installLines(folder: ProjectFolder): { fact: string; lines: string[] } | undefined {
  const cache = 'RUN --mount=type=cache,target=/root/.cache/pip \\';
  if (folder.exists('requirements.txt')) {
    return {
      fact: 'dependencies from requirements.txt',
      lines: ['COPY requirements.txt ./', cache, '    /opt/venv/bin/pip install -r requirements.txt'],
    };
  }
  if (folder.exists('Pipfile')) {
    const lock = folder.exists('Pipfile.lock');
    return {
      fact: `dependencies from Pipfile${lock ? '.lock' : ''} (exported by pipenv)`,
      lines: [
        `COPY ${lock ? 'Pipfile Pipfile.lock' : 'Pipfile'} ./`,
        cache,
        '    pip install pipenv \\',
        ' && pipenv requirements > /tmp/requirements.txt \\',
        ' && /opt/venv/bin/pip install -r /tmp/requirements.txt',
      ],
    };
  }
  if (folder.exists('pyproject.toml')) {
    // The project itself is installed (its build backend reads the sources), so the sources come first.
    return { fact: 'dependencies from pyproject.toml', lines: ['COPY . .', cache, '    /opt/venv/bin/pip install .'] };
  }
  return undefined;
}

/** Every declared dependency name, lower case, from whichever files the project has. */
function declaredPackages(folder: ProjectFolder): Set<string> {
  const text = ['requirements.txt', 'Pipfile', 'pyproject.toml'].map(f => folder.read(f) ?? '').join('\n');
  return new Set(
    [...text.toLowerCase().matchAll(/(?:^|["'\s])([a-z0-9][a-z0-9._-]*)(?=\s*(?:\[[^\]]*\])?\s*(?:[<>=~!;"'\s]|$))/gm)].map(m => m[1]),
  );
}

/** `module:variable` of the first file that creates `constructor(...)` (FastAPI(), Flask(__name__)). */
function appObject(folder: ProjectFolder, constructor: string): string | undefined {
  const pattern = new RegExp(`^([A-Za-z_]\\w*)\\s*(?::[^=]+)?=\\s*${constructor}\\(`, 'm');
  for (const file of folder.find(name => name.endsWith('.py'), 2)) {
    const match = pattern.exec(folder.read(file) ?? '');
    if (match) {
      return `${file.replace(/\.py$/, '').replace(/\//g, '.')}:${match[1]}`;
    }
  }
  return undefined;
}

interface Server {
  readonly fact: string;
  readonly command: (port: number) => string[];
}

/** The app server: gunicorn/uvicorn when the project declares them, the framework's own server otherwise. */
function serverOf(folder: ProjectFolder, packages: Set<string>): Server | undefined {
  const gunicorn = packages.has('gunicorn');
  const uvicorn = packages.has('uvicorn') || packages.has('fastapi');
  if (folder.exists('manage.py')) {
    const wsgi = folder.find(name => name === 'wsgi.py', 2).find(f => /get_wsgi_application/.test(folder.read(f) ?? ''));
    const module = wsgi?.replace(/\.py$/, '').replace(/\//g, '.');
    if (module && gunicorn) {
      return {
        fact: `Django, served by gunicorn (${module})`,
        command: port => ['gunicorn', '--bind', `0.0.0.0:${port}`, `${module}:application`],
      };
    }
    return {
      fact: 'Django, served by `manage.py runserver` (add gunicorn to the dependencies for production)',
      command: port => ['python', 'manage.py', 'runserver', `0.0.0.0:${port}`],
    };
  }
  const fastapi = appObject(folder, 'FastAPI') ?? appObject(folder, 'Starlette');
  if (fastapi && uvicorn) {
    return {
      fact: `ASGI app ${fastapi}, served by uvicorn`,
      command: port => ['uvicorn', fastapi, '--host', '0.0.0.0', '--port', String(port)],
    };
  }
  const flask = appObject(folder, 'Flask');
  if (flask) {
    if (gunicorn) {
      return { fact: `Flask app ${flask}, served by gunicorn`, command: port => ['gunicorn', '--bind', `0.0.0.0:${port}`, flask] };
    }
    const [module, variable] = flask.split(':');
    return {
      fact: `Flask app ${flask}, served by \`flask run\` (add gunicorn to the dependencies for production)`,
      command: port => ['flask', '--app', `${module}:${variable}`, 'run', '--host', '0.0.0.0', '--port', String(port)],
    };
  }
  return undefined;
}

export function detectPython(folder: ProjectFolder): ScaffoldPlan | undefined {
  const install = installLines(folder);
  if (!install) {
    return undefined;
  }
  const server = serverOf(folder, declaredPackages(folder));
  const script = ['main.py', 'app.py', 'server.py', 'run.py'].find(f => folder.exists(f));
  const questions: Question[] = [];
  if (!server) {
    if (!script) {
      questions.push({ id: 'entry', prompt: 'Which Python file starts the app?', placeHolder: 'main.py' });
    }
    questions.push(portQuestion('8000'));
  }
  const facts = [install.fact, server?.fact ?? (script ? `starts with \`python ${script}\`` : 'starts with the file you give')];
  return {
    stack: 'python',
    folder: folder.root,
    label: 'Python',
    facts: server ? [...facts, 'listens on port 8000'] : facts,
    questions,
    generate: (answers: Answers) => {
      const port = portOf(answers.port, server ? 8000 : undefined);
      const command = server && port !== undefined ? server.command(port) : ['python', script ?? answers.entry ?? 'main.py'];
      const dockerfile = [
        dockerfileHeader('A Python app'),
        `FROM ${baseImages.python} AS build`,
        'ENV PIP_DISABLE_PIP_VERSION_CHECK=1',
        'WORKDIR /app',
        'RUN python -m venv /opt/venv',
        ...install.lines,
        '',
        `FROM ${baseImages.python} AS runtime`,
        'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH',
        '# An unprivileged user to run the app; the app cannot change its own files.',
        'RUN useradd --create-home --uid 10001 app',
        'WORKDIR /app',
        'COPY --from=build /opt/venv /opt/venv',
        'COPY . .',
        'USER app',
        ...(port !== undefined
          ? [
              `EXPOSE ${port}`,
              `HEALTHCHECK ${healthcheckOptions} \\`,
              `    CMD ${execForm(['python', '-c', `import socket; socket.create_connection(('127.0.0.1', ${port}), timeout=3).close()`])}`,
            ]
          : []),
        `CMD ${execForm(command)}`,
        '',
      ].join('\n');
      return {
        dockerfile,
        dockerignore: dockerignoreText('Virtual environments and caches (the image makes its own)', [
          '.venv',
          'venv',
          '**/__pycache__',
          '**/*.pyc',
          '.pytest_cache',
          '.mypy_cache',
        ]),
        compose: composeText({ service: serviceName(folder.name), port, init: true }),
      };
    },
  };
}
