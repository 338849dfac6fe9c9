import type Dockerode from 'dockerode';
import type { InteractiveRun, InteractiveRunOptions, RunOptions, RunResult } from '../runTypes';
import { containerNameOf, toPortBindings } from '../mappers/containers';
import { attach } from './exec';
import { withSignal, type EngineClient } from './EngineClient';
import type { RunOperations } from '../operations/RunOperations';

export class DockerodeRun implements RunOperations {
  constructor(private readonly client: EngineClient) {}

  readonly runContainer = async (options: RunOptions, signal?: AbortSignal): Promise<RunResult> => {
    const container = await this.create(options, { tty: false }, signal);
    await this.client.call(s => container.start(withSignal({}, s)), signal);
    return this.result(container, signal);
  };

  readonly runInteractive = async (options: InteractiveRunOptions, signal?: AbortSignal): Promise<InteractiveRun> => {
    const container = await this.create(options, { tty: true }, signal);
    // Attach before starting, so that the first prompt reaches the terminal.
    const session = await attach(this.client, container.id, signal);
    await this.client.call(s => container.start(withSignal({}, s)), signal);
    if (options.cols && options.rows) {
      await session.resize(options.cols, options.rows, signal).catch(() => undefined);
    }
    const { name } = await this.result(container, signal);
    // Asked for now: with --rm the container may be gone by the time the session ends.
    const exited = this.client
      .call(s => container.wait(withSignal({}, s)) as Promise<{ StatusCode?: number }>, signal)
      .then(r => r.StatusCode ?? -1);
    exited.catch(() => undefined);
    return { ...session, id: container.id, name, exitCode: () => exited };
  };

  private async create(options: RunOptions, io: { tty: boolean }, signal?: AbortSignal): Promise<Dockerode.Container> {
    const exposed = options.publishExposedPorts === false ? [] : await this.exposedPorts(options.image, signal);
    const bindings = Object.fromEntries(exposed.map(port => [port, [{ HostIp: '127.0.0.1', HostPort: '' }]]));
    return this.client.call(
      s =>
        this.client.docker.createContainer(
          withSignal(
            {
              Image: options.image,
              name: options.name,
              Cmd: options.cmd ? [...options.cmd] : undefined,
              Env: options.env ? [...options.env] : undefined,
              Labels: options.labels ? { ...options.labels } : undefined,
              ExposedPorts: Object.fromEntries(exposed.map(port => [port, {}])),
              Tty: io.tty,
              OpenStdin: io.tty,
              StdinOnce: io.tty,
              AttachStdin: io.tty,
              AttachStdout: io.tty,
              AttachStderr: io.tty,
              HostConfig: { PortBindings: bindings, AutoRemove: options.autoRemove ?? false },
            },
            s,
          ),
        ),
      signal,
    );
  }

  /** The image's EXPOSEd ports, as the engine keys them (`8080/tcp`). */
  private async exposedPorts(image: string, signal?: AbortSignal): Promise<string[]> {
    const info = await this.client.call(s => this.client.docker.getImage(image).inspect(withSignal({}, s)), signal);
    return Object.keys(info.Config?.ExposedPorts ?? {});
  }

  private async result(container: Dockerode.Container, signal?: AbortSignal): Promise<RunResult> {
    const info = await this.client.call(s => container.inspect(withSignal({}, s)), signal);
    return { id: info.Id, name: containerNameOf(info), ports: toPortBindings(info.NetworkSettings?.Ports) };
  }
}
