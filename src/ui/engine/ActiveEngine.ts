import * as vscode from 'vscode';
import { connectEngine, createDockerodeEngine, defaultEndpoint, type DockerEngine, type EngineEndpoint } from '../../engine';
import { engineSettings } from '../engineSetting';

/**
 * The engine Dockhand talks to now, and the one place that switches it. A switch disposes the
 * previous engine (its pulls, builds, log and event streams end as cancelled, its ssh
 * processes close) before anyone sees the new one, so nothing of the old engine is shown as if
 * it belonged to the new. Creating an engine connects nothing: activation never waits for it.
 */
export class ActiveEngine implements vscode.Disposable {
  private engine: DockerEngine;
  private readonly changed = new vscode.EventEmitter<DockerEngine>();
  /** Fires after a switch, with the new engine. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.engine = this.connect();
  }

  get current(): DockerEngine {
    return this.engine;
  }

  /**
   * Resolves the endpoint again (settings, DOCKER_HOST, contexts) and switches when it differs
   * from the one in use, or always with `force`. Resolves to whether it switched.
   */
  reconnect(force = false): boolean {
    const next = this.connect();
    if (!force && sameEndpoint(next.endpoint, this.engine.endpoint)) {
      next.dispose();
      return false;
    }
    const previous = this.engine;
    this.engine = next;
    previous.dispose();
    this.log.info(`Switched to the Docker endpoint ${next.endpoint.url}.`);
    this.changed.fire(next);
    return true;
  }

  /**
   * The environment for the docker and compose CLIs Dockhand starts, so that they target the
   * engine Dockhand uses (not whatever the CLI's current context is).
   */
  cliEnv(): NodeJS.ProcessEnv {
    return this.engine.cliEnvironment();
  }

  dispose(): void {
    this.engine.dispose();
    this.changed.dispose();
  }

  /**
   * Resolves the endpoint; a setting, DOCKER_HOST or docker context that cannot be read is
   * reported and the default socket is used instead, so that the views still explain what is wrong.
   */
  private connect(): DockerEngine {
    const settings = engineSettings();
    try {
      const engine = connectEngine(settings.host, process.env, { contextSetting: settings.context, sshConfigFile: settings.sshConfigFile });
      this.log.info(`Docker endpoint: ${engine.endpoint.url}`);
      return engine;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.error(message);
      void vscode.window.showErrorMessage(`Dockhand: ${message}`);
      return createDockerodeEngine(defaultEndpoint(process.platform));
    }
  }
}

function sameEndpoint(a: EngineEndpoint, b: EngineEndpoint): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
