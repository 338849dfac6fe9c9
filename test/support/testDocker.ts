// Test fixtures on the real engine: every resource a test creates carries a label naming this
// run, and `removeLabelled()` removes exactly those, nothing else on the machine.
import Dockerode from 'dockerode';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { packEntries } from '../../src/engine/tar/tarHeader';

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

/** Runs a command in a container with dockerode (not Dockhand) and returns what it printed. */
export async function execOut(c: Dockerode.Container, cmd: string[]): Promise<string> {
  const exec = await c.exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true, Tty: true });
  const stream = await exec.start({ hijack: true, stdin: false, Tty: true });
  const parts: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8').replace(/\r\n/g, '\n');
}

/**
 * A labelled image of three layers on the test base (busybox, /etc/passwd, /etc/group): a file
 * written and removed again (300,000 wasted bytes) and one overwritten (1,000 then 2,000 bytes).
 */
/** The Dockerfile of `buildThreeLayerImage`: the base layer, then /wasted and /kept written, then /wasted removed and /kept rewritten. */
export const threeLayerDockerfile = [
  'FROM dockhand-test/busybox:base',
  'RUN head -c 300000 /dev/zero > /wasted && head -c 1000 /dev/zero > /kept',
  'RUN rm /wasted && head -c 2000 /dev/zero > /kept',
  `LABEL ${testLabelKey}=${testRunId}`,
  '',
].join('\n');

export async function buildThreeLayerImage(tag: string): Promise<string> {
  const dockerfile = Buffer.from(threeLayerDockerfile);
  const context = packEntries([
    { entry: { name: 'Dockerfile', type: 'file', size: dockerfile.length, mode: 0o644, mtime: new Date() }, data: dockerfile },
  ]);
  const stream = await docker().buildImage(Readable.from([context]), { t: tag });
  await new Promise((resolve, reject) =>
    docker().modem.followProgress(stream, (err: Error | null) => (err ? reject(err) : resolve(undefined))),
  );
  return tag;
}
