// Test fixtures on the real engine: every resource a test creates carries a label naming this
// run, and `removeLabelled()` removes exactly those, nothing else on the machine.
import Dockerode from 'dockerode';
import { randomBytes } from 'node:crypto';

export const testImage = 'dockhand-test/busybox:latest';
export const testLabelKey = 'dockhand.test';
/** Unique per test process, so that parallel runs never clean up each other's resources. */
export const testRunId = `${process.pid}-${randomBytes(3).toString('hex')}`;
export const testLabel = `${testLabelKey}=${testRunId}`;
export const labels = { [testLabelKey]: testRunId };

export function docker(): Dockerode {
  return new Dockerode({ socketPath: process.env.DOCKHAND_TEST_SOCKET ?? '/var/run/docker.sock' });
}

let named = 0;

export function uniqueName(prefix: string): string {
  return `dockhand-${prefix}-${testRunId}-${++named}`;
}

export async function createContainer(options: { name?: string; start?: boolean; cmd?: string[] } = {}): Promise<Dockerode.Container> {
  const container = await docker().createContainer({
    Image: testImage,
    name: options.name ?? uniqueName('ctr'),
    Labels: labels,
    Cmd: options.cmd,
    HostConfig: { Init: true },
  });
  if (options.start) {
    await container.start();
  }
  return container;
}

export async function createVolume(name = uniqueName('vol')): Promise<string> {
  await docker().createVolume({ Name: name, Labels: labels });
  return name;
}

export async function createNetwork(name = uniqueName('net')): Promise<string> {
  const network = await docker().createNetwork({ Name: name, Labels: labels, Driver: 'bridge' });
  return network.id;
}

/** Builds a tiny labelled image on top of the test base image; resolves to its tag. */
export async function createImage(tag = `dockhand-test/img-${testRunId}:t${randomBytes(2).toString('hex')}`): Promise<string> {
  const d = docker();
  const container = await d.createContainer({ Image: testImage, Cmd: ['sh', '-c', 'echo hi > /hello'], Labels: labels });
  try {
    await container.start();
    await container.wait();
    const [repo, version] = tag.split(':');
    await container.commit({ repo, tag: version, changes: [`LABEL ${testLabelKey}=${testRunId}`] });
  } finally {
    await container.remove({ force: true });
  }
  return tag;
}

/** Removes every container, image, volume and network this run labelled. */
export async function removeLabelled(): Promise<void> {
  const d = docker();
  const filters = { label: [testLabel] };
  for (const c of await d.listContainers({ all: true, filters })) {
    await d.getContainer(c.Id).remove({ force: true, v: true }).catch(ignoreGone);
  }
  for (const n of await d.listNetworks({ filters })) {
    await d.getNetwork(n.Id).remove().catch(ignoreGone);
  }
  for (const v of (await d.listVolumes({ filters })).Volumes ?? []) {
    await d.getVolume(v.Name).remove().catch(ignoreGone);
  }
  for (const i of await d.listImages({ filters })) {
    await d.getImage(i.Id).remove({ force: true }).catch(ignoreGone);
  }
}

function ignoreGone(err: unknown): void {
  const status = (err as { statusCode?: number }).statusCode;
  if (status !== 404 && status !== 409) {
    throw err instanceof Error ? err : new Error(String(err));
  }
}
