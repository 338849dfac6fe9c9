import { baseImages } from '../baseImages';
import { composeText, dockerfileHeader, dockerignoreText, execForm, healthcheckOptions, serviceName } from '../commonFiles';
import type { ProjectFolder } from '../ProjectFolder';
import type { ScaffoldPlan } from '../ScaffoldPlan';

/** Folders a site generator or bundler writes a finished site to. */
const builtFolders = ['dist', 'build', 'public', '_site', 'out', 'site', 'www'];

/**
 * The nginx stage that serves a site: `source` is what COPY takes (a folder of the context, or
 * `--from=build /app/dist`). The unprivileged nginx image listens on 8080 as user nginx; the
 * copied files stay root's, so the server cannot change them.
 */
export function staticSiteStage(source: string): string[] {
  return [
    `FROM ${baseImages.staticSite} AS runtime`,
    `COPY ${source} /usr/share/nginx/html`,
    'USER nginx',
    'EXPOSE 8080',
    `HEALTHCHECK ${healthcheckOptions} \\`,
    `    CMD ${execForm(['wget', '-q', '--spider', 'http://127.0.0.1:8080/'])}`,
    `CMD ${execForm(['nginx', '-g', 'daemon off;'])}`,
    '',
  ];
}

/** A site with nothing to build: index.html at the top, or in a folder a generator wrote it to. */
export function detectStaticSite(folder: ProjectFolder): ScaffoldPlan | undefined {
  const site = folder.exists('index.html') ? '.' : builtFolders.find(f => folder.exists(`${f}/index.html`));
  if (!site) {
    return undefined;
  }
  return {
    stack: 'static',
    folder: folder.root,
    label: 'Static site',
    facts: [`serves ${site === '.' ? 'the folder' : `${site}/`} with nginx on port 8080`],
    questions: [],
    generate: () => ({
      dockerfile: [dockerfileHeader('A static site served by nginx'), ...staticSiteStage(site === '.' ? '.' : `${site}/`)].join('\n'),
      dockerignore: dockerignoreText('Dependencies', site === '.' ? ['node_modules'] : []),
      compose: composeText({ service: serviceName(folder.name), port: 8080 }),
    }),
  };
}
