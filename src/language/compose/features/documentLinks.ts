import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, type Node } from 'yaml';
import type { DocumentLink } from 'vscode-languageserver-types';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { textStart } from '../parse/ComposeModel';
import { resolveLocal } from '../../common/documentFolder';
import { items, scalarText, value } from '../parse/yamlNodes';
import { isBindSource, parseVolumeSpec } from '../text/volumeSpec';
import { serviceEntries } from '../rules/serviceEntries';

/** Links from the paths a compose file names to the files: build context, Dockerfile, env files, bind mounts. */
export function documentLinks(doc: ComposeDocument, folder: string | undefined): DocumentLink[] {
  const links: DocumentLink[] = [];
  const link = (node: Node | null, written: string | undefined, base: string | undefined, offset = 0) => {
    const target = written === undefined ? undefined : resolveLocal(base, written);
    if (node?.range && target && written) {
      const start = textStart(node) + offset;
      links.push({ range: doc.toRange(start, start + written.length), target: pathToFileURL(target).toString(), tooltip: target });
    }
  };
  for (const { entry, value: node } of serviceEntries(doc)) {
    if (entry.key === 'build') {
      const contextNode = isMap(node) ? value(doc.yaml, node, 'context') : node;
      const context = scalarText(contextNode) ?? (isMap(node) ? '.' : undefined);
      link(contextNode, scalarText(contextNode), folder);
      const dockerfile = isMap(node) ? value(doc.yaml, node, 'dockerfile') : null;
      // The Dockerfile is named relative to the context, not to the compose file.
      const contextFolder = context !== undefined ? resolveLocal(folder, context) : undefined;
      link(dockerfile, scalarText(dockerfile), contextFolder && path.isAbsolute(contextFolder) ? contextFolder : undefined);
    } else if (entry.key === 'env_file') {
      const list = items(doc.yaml, node);
      for (const file of list.length > 0 ? list : [node]) {
        const pathNode = isMap(file) ? value(doc.yaml, file, 'path') : file;
        link(pathNode, scalarText(pathNode), folder);
      }
    } else if (entry.key === 'volumes') {
      for (const volume of items(doc.yaml, node)) {
        const source = isMap(volume) ? undefined : parseVolumeSpec(scalarText(volume) ?? '').source;
        if (source && isBindSource(source)) {
          link(volume, source, folder);
        } else if (isMap(volume) && scalarText(value(doc.yaml, volume, 'type')) === 'bind') {
          const sourceNode = value(doc.yaml, volume, 'source');
          link(sourceNode, scalarText(sourceNode), folder);
        }
      }
    }
  }
  return links;
}
