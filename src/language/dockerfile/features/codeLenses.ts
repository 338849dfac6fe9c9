import { pathToFileURL } from 'node:url';
import type { CodeLens, Command } from 'vscode-languageserver-types';
import { summarizeBuildContext } from '../../common/buildContext';
import { formatBytes } from '../../../shared/formatBytes';
import type { DfDocument } from '../parse/model';
import type { DockerfileEnvironment } from '../rules/rule';
import type { BuildHistory } from './buildHistory';

export const buildCommand = 'dockhand.images.buildFromDockerfile';
export const runCommand = 'dockhand.images.runFromDockerfile';
export const exploreLayersCommand = 'dockhand.images.exploreLayers';
/** Opens a file given as a URI string (registered by the extension). */
export const openFileCommand = 'dockhand.buildContext.openIgnoreFile';

/**
 * "Build image" and "Run" above the last stage's FROM, "Build this stage" above each earlier
 * named stage. An unnamed earlier stage gets none: `docker build --target` needs a name. After a
 * build from this file, "Explore layers of <tag>" opens the image just built in the layer explorer.
 */
export function codeLenses(
  doc: DfDocument,
  uri: string,
  env?: Pick<DockerfileEnvironment, 'fs' | 'contextRoot' | 'dockerfile'>,
  history?: BuildHistory,
): CodeLens[] {
  const lenses: CodeLens[] = [];
  const first = doc.stages[0]?.from.keywordRange;
  const context = first && env?.contextRoot ? buildContextLens(env.fs, env.contextRoot, env.dockerfile) : undefined;
  if (first && context) {
    lenses.push({ range: first, command: context });
  }
  doc.stages.forEach((stage, i) => {
    const range = stage.from.keywordRange;
    const last = i === doc.stages.length - 1;
    if (last) {
      lenses.push({ range, command: { title: 'Build image', command: buildCommand, arguments: [uri, {}] } });
      lenses.push({ range, command: { title: 'Run', command: runCommand, arguments: [uri] } });
      if (history?.image) {
        const title = `Explore layers of ${history.image.tag}`;
        lenses.push({ range, command: { title, command: exploreLayersCommand, arguments: [history.image.id] } });
      }
    } else if (stage.name) {
      lenses.push({ range, command: { title: 'Build this stage', command: buildCommand, arguments: [uri, { target: stage.name }] } });
    }
  });
  return lenses;
}

/**
 * "Build context: N files, X MB": what the engine receives for this Dockerfile (its folder, less
 * what the ignore file excludes). Clicking it opens the ignore file, or does nothing without one.
 */
function buildContextLens(fs: DockerfileEnvironment['fs'], root: string, dockerfile: string): Command | undefined {
  const summary = summarizeBuildContext(fs, root, dockerfile);
  if (!summary) {
    return undefined;
  }
  const atLeast = summary.complete ? '' : 'at least ';
  const files = `${atLeast}${summary.files} file${summary.files === 1 ? '' : 's'}`;
  const title = `Build context: ${files}, ${formatBytes(summary.bytes)}`;
  return summary.ignoreFile
    ? { title, command: openFileCommand, arguments: [pathToFileURL(`${root}/${summary.ignoreFile}`).toString()] }
    : { title, command: '' };
}
