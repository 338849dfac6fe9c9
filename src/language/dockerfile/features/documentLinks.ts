import type { DocumentLink } from 'vscode-languageserver-types';
import type { DfDocument } from '../parse/model';
import { dockerHubUrl, repositoryOf } from '../../../shared/imageReference';
import { stageByName } from '../parse/scope';

export function documentLinks(doc: DfDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const stage of doc.stages) {
    const from = stage.from.from;
    const image = from?.image;
    const name = image ? repositoryOf(image.value) : undefined;
    if (!image || !name || name.includes('$') || name.toLowerCase() === 'scratch' || stageByName(doc, image.value, stage.index)) {
      continue;
    }
    // Stage names, `scratch` and names built from variables get no link; nor do other registries.
    const target = dockerHubUrl(name);
    if (target) {
      links.push({ range: image.range, target, tooltip: 'Open on Docker Hub' });
    }
  }
  return links;
}
