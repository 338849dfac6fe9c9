import type { DocumentLink } from 'vscode-languageserver-types';
import type { DfDocument } from '../parse/model';
import { stageByName } from '../parse/scope';

/**
 * The Docker Hub page of a FROM image, when the image lives on Docker Hub: no registry host in
 * the name (a first part with a dot, a colon or `localhost` is a host). Stage names, `scratch`
 * and names built from variables get no link.
 */
export function hubUrl(imageName: string): string | undefined {
  const parts = imageName.split('/');
  const first = parts[0];
  const host = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (host && first !== 'docker.io' && first !== 'index.docker.io') {
    return undefined;
  }
  const path = host ? parts.slice(1) : parts;
  if (path.length === 1 || (path.length === 2 && path[0] === 'library')) {
    return `https://hub.docker.com/_/${path[path.length - 1]}`;
  }
  return path.length === 2 ? `https://hub.docker.com/r/${path[0]}/${path[1]}` : undefined;
}

/** `registry:5000/team/app:1.0@sha256:…` → `registry:5000/team/app` (a colon before the last `/` is a port). */
function withoutTagOrDigest(reference: string): string {
  const name = reference.split('@')[0];
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}

export function documentLinks(doc: DfDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const stage of doc.stages) {
    const from = stage.from.from;
    const image = from?.image;
    const name = image ? withoutTagOrDigest(image.value) : undefined;
    if (!image || !name || name.includes('$') || name.toLowerCase() === 'scratch' || stageByName(doc, image.value, stage.index)) {
      continue;
    }
    const target = hubUrl(name);
    if (target) {
      links.push({ range: image.range, target, tooltip: 'Open on Docker Hub' });
    }
  }
  return links;
}
