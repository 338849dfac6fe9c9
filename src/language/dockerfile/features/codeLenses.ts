import type { CodeLens } from 'vscode-languageserver-types';
import type { DfDocument } from '../parse/model';

export const buildCommand = 'dockhand.images.buildFromDockerfile';
export const runCommand = 'dockhand.images.runFromDockerfile';

/**
 * "Build image" and "Run" above the last stage's FROM, "Build this stage" above each earlier
 * named stage. An unnamed earlier stage gets none: `docker build --target` needs a name.
 */
export function codeLenses(doc: DfDocument, uri: string): CodeLens[] {
  const lenses: CodeLens[] = [];
  doc.stages.forEach((stage, i) => {
    const range = stage.from.keywordRange;
    const last = i === doc.stages.length - 1;
    if (last) {
      lenses.push({ range, command: { title: 'Build image', command: buildCommand, arguments: [uri, {}] } });
      lenses.push({ range, command: { title: 'Run', command: runCommand, arguments: [uri] } });
    } else if (stage.name) {
      lenses.push({ range, command: { title: 'Build this stage', command: buildCommand, arguments: [uri, { target: stage.name }] } });
    }
  });
  return lenses;
}
