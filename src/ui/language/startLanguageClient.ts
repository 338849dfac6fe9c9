import * as vscode from 'vscode';
import type { ChildProcess } from 'node:child_process';
import {
  CodeLensRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LanguageClient,
  type LanguageClientOptions,
  type MessageTransports,
} from 'vscode-languageclient/node';
import type { DockerEngine } from '../../engine';
import {
  buildHistoryNotification,
  enginePlatformRequest,
  inspectImageRequest,
  listImagesRequest,
  type DockhandInitializationOptions,
  type InspectImageParams,
} from '../../language/server/protocol';
import { trustedCommandIds } from '../commands/trustedCommandIds';
import { dockhandLanguages as languages } from './dockhandLanguages';
import { inspectLocalImage, listLocalImages } from './localImages';
import { forkServer } from './serverProcess';

export interface DockhandLanguageClient {
  /** Resolves once the server answered initialize, or failed to start (which is logged). */
  readonly ready: Promise<void>;
  /** Gives the server a just-built image's history for a Dockerfile's inlay hints. */
  sendBuildHistory(uri: vscode.Uri, history: unknown): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the language server (dist/server.js, a separate Node process over IPC) and answers its
 * questions about local images from the engine: the server itself never talks to Docker.
 * `started` is the server process when it was started ahead of this bundle's load (forkServer);
 * a restart after a crash starts another.
 */
export function startLanguageClient(
  context: vscode.ExtensionContext,
  engine: () => DockerEngine,
  log: vscode.LogOutputChannel,
  started?: ChildProcess,
): DockhandLanguageClient {
  let ahead = started;
  let server: ChildProcess | undefined;
  const serverOptions = (): Promise<MessageTransports> => {
    server = ahead ?? forkServer(context, log);
    ahead = undefined;
    return server.pid === undefined
      ? Promise.reject(new Error('the server process could not be started'))
      : Promise.resolve({ reader: new IPCMessageReader(server), writer: new IPCMessageWriter(server) });
  };
  const initializationOptions: DockhandInitializationOptions = {
    engineImages: true,
    settings: vscode.workspace.getConfiguration('dockhand'),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap(language => [
      { language, scheme: 'file' },
      { language, scheme: 'untitled' },
      { language, scheme: 'vscode-remote' },
    ]),
    initializationOptions,
    synchronize: { configurationSection: 'dockhand' },
    outputChannel: log,
    middleware: {
      // In Restricted Mode the lenses that would run the workspace's files (Build, Run, Up) are
      // not offered; the others (Logs, Down…) act on what already runs.
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        return vscode.workspace.isTrusted ? lenses : lenses?.filter(lens => !trustedCommandIds.has(lens.command?.command ?? ''));
      },
    },
  };
  const client = new LanguageClient('dockhand', 'Dockhand Language Server', serverOptions, clientOptions);
  client.onRequest(listImagesRequest, () => listLocalImages(engine()).catch(() => []));
  client.onRequest(enginePlatformRequest, async () => {
    const version = await engine()
      .version()
      .catch(() => undefined);
    return version ? `${version.os}/${version.arch}` : null;
  });
  client.onRequest(
    inspectImageRequest,
    async (params: InspectImageParams) => (await inspectLocalImage(engine(), params.reference)) ?? null,
  );
  // Once the workspace is trusted, the editors ask again and get the lenses Restricted Mode held back.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      const feature = client.getFeature(CodeLensRequest.method);
      for (const document of vscode.workspace.textDocuments) {
        feature.getProvider(document)?.onDidChangeCodeLensEmitter.fire();
      }
    }),
  );
  // A server that fails to start is logged once; the views and commands go on without it.
  const running = client.start().then(
    () => true,
    (err: unknown) => {
      log.error(`The Dockhand language server did not start: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    },
  );
  return {
    ready: running.then(() => undefined),
    sendBuildHistory: async (uri, history) => {
      // Without a server there are no inlay hints to update; the build itself succeeded.
      if (await running) {
        await client.sendNotification(buildHistoryNotification, { uri: uri.toString(), history }).catch(() => undefined);
      }
    },
    stop: async () => {
      if (client.isRunning()) {
        await client.stop();
      }
      // The server exits on the client's `exit` notification; one that does not is ended.
      const stopped = server;
      setTimeout(() => stopped?.exitCode === null && stopped.signalCode === null && stopped.kill(), 2_000).unref();
    },
  };
}

/** Whether a document is one the language server serves. */
