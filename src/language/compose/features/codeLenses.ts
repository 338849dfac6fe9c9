import type { CodeLens } from 'vscode-languageserver-types';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { usesDeploy } from '../swarm/swarmKeys';

/** Run the project or one service from the editor; the extension registers these commands. */
export function codeLenses(doc: ComposeDocument): CodeLens[] {
  const top = doc.toRange(0, 0);
  const lenses: CodeLens[] = [
    { range: top, command: { title: 'Up', command: 'dockhand.compose.up', arguments: [doc.uri] } },
    { range: top, command: { title: 'Down', command: 'dockhand.compose.down', arguments: [doc.uri] } },
  ];
  // A file written for Swarm can also go to a swarm as a stack.
  if (usesDeploy(doc)) {
    lenses.push({ range: top, command: { title: 'Deploy Stack', command: 'dockhand.swarm.stacks.deploy', arguments: [doc.uri] } });
  }
  for (const service of doc.model.services) {
    const range = doc.toRange(service.start, service.end);
    const args = [doc.uri, { services: [service.name] }];
    lenses.push(
      { range, command: { title: 'Up', command: 'dockhand.compose.up', arguments: args } },
      { range, command: { title: 'Logs', command: 'dockhand.compose.logs', arguments: args } },
      { range, command: { title: 'Restart', command: 'dockhand.compose.restart', arguments: args } },
    );
  }
  return lenses;
}
