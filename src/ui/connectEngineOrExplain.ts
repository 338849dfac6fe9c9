import * as vscode from 'vscode';
import { connectEngine, defaultEndpoint, createDockerodeEngine, type DockerEngine } from '../engine';
import { engineHostSetting } from './engineSetting';

/**
 * Resolves the endpoint; a setting, DOCKER_HOST or docker context that cannot be read is
 * reported and the default socket is used instead, so that the views still explain what is wrong.
 */
export function connectEngineOrExplain(log: vscode.LogOutputChannel): DockerEngine {
  try {
    const engine = connectEngine(engineHostSetting());
    log.info(`Docker endpoint: ${engine.endpoint.url}`);
    return engine;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log.error(message);
    void vscode.window.showErrorMessage(`Dockhand: ${message}`);
    return createDockerodeEngine(defaultEndpoint(process.platform));
  }
}
