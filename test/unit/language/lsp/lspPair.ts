// A full LSP round trip in one process: the real server adapter on one end of a pair of
// streams, a JSON-RPC client on the other.
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { HostedServices } from '../../../../src/language/common/LanguageServices';
import { startServer, type ServiceDeps } from '../../../../src/language/server/startServer';

export interface LspPair {
  readonly client: MessageConnection;
  readonly deps: () => ServiceDeps;
  close(): void;
}

export function connectInProcess(createServices: (deps: ServiceDeps) => HostedServices): LspPair {
  const up = new PassThrough();
  const down = new PassThrough();
  let captured: ServiceDeps | undefined;
  const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(server, deps => {
    captured = deps;
    return createServices(deps);
  });
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.listen();
  return {
    client,
    deps: () => {
      if (!captured) {
        throw new Error('the server did not create its services');
      }
      return captured;
    },
    close: () => {
      client.dispose();
      server.dispose();
      up.destroy();
      down.destroy();
    },
  };
}
