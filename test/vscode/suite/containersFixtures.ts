// Fixtures of the containers suites: labelled containers shaped as each test needs them.
import type Dockerode from 'dockerode';
import { docker, labels, testImage, uniqueName } from '../../support/testDocker';

export interface ContainerShape {
  name?: string;
  start?: boolean;
  cmd?: string[];
  extraLabels?: Record<string, string>;
  /** Container ports to publish on a random host port. */
  publish?: number[];
  /** Paths that get an anonymous volume each. */
  anonymousVolumes?: string[];
  /** A main process that reads stdin on a TTY (for attach). */
  interactive?: boolean;
}

export async function labelledContainer(shape: ContainerShape = {}): Promise<Dockerode.Container> {
  const container = await docker().createContainer({
    Image: testImage,
    name: shape.name ?? uniqueName('ctr'),
    Labels: { ...labels, ...shape.extraLabels },
    Cmd: shape.interactive ? ['sh'] : shape.cmd,
    OpenStdin: shape.interactive ?? false,
    Tty: shape.interactive ?? false,
    ExposedPorts: Object.fromEntries((shape.publish ?? []).map(p => [`${p}/tcp`, {}])),
    Volumes: Object.fromEntries((shape.anonymousVolumes ?? []).map(p => [p, {}])),
    HostConfig: {
      Init: !shape.interactive,
      PortBindings: Object.fromEntries((shape.publish ?? []).map(p => [`${p}/tcp`, [{ HostIp: '127.0.0.1', HostPort: '' }]])),
    },
  });
  if (shape.start) {
    await container.start();
  }
  return container;
}

export async function stateOf(
  container: Dockerode.Container,
): Promise<{ status: string; paused: boolean; name: string; startedAt: string }> {
  const info = await container.inspect();
  return { status: info.State.Status, paused: info.State.Paused, name: info.Name.replace(/^\//, ''), startedAt: info.State.StartedAt };
}

export async function exists(container: Dockerode.Container): Promise<boolean> {
  return container.inspect().then(
    () => true,
    (err: { statusCode?: number }) => {
      if (err.statusCode === 404) {
        return false;
      }
      throw err;
    },
  );
}
