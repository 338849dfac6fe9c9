import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createDockhandLanguageServices } from '../../index';
import { startServer } from '../startServer';
import { overlayFileSystem } from '../../common/FileSystem';
import { nodeFileSystem } from './nodeFileSystem';

// Transport and process hygiene only. Under --stdio, stdout is the protocol channel, so stray
// console output must go to the client's log instead.
const connection = createConnection(ProposedFeatures.all);
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
process.on('unhandledRejection', reason => connection.console.error(`Unhandled rejection: ${String(reason)}`));
// dist/server.js ships next to docs/rules (the rule pages diagnostics link to).
const ruleDocs = path.resolve(__dirname, '..', 'docs', 'rules');
startServer(connection, deps =>
  createDockhandLanguageServices({ ...deps, fs: overlayFileSystem(nodeFileSystem, deps.openDocumentText), ruleDocs }),
);
