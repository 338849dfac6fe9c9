import type { EngineEndpoint } from './connection/EngineEndpoint';
import type { DockerEngine } from './DockerEngine';
import { DockerodeContainerFiles } from './dockerode/containerFiles';
import { DockerodeContainerIo } from './dockerode/containerIo';
import { DockerodeContainers } from './dockerode/containers';
import { EngineClient } from './dockerode/EngineClient';
import { DockerodeImageOperations } from './dockerode/imagesWithTransfers';
import { DockerodeNetworks } from './dockerode/networks';
import { DockerodeRun } from './dockerode/run';
import { DockerodeServices } from './dockerode/services';
import { DockerodeSwarm } from './dockerode/swarm';
import { DockerodeSystem } from './dockerode/system';
import { DockerodeVolumeFiles } from './dockerode/volumeFiles';
import { DockerodeVolumes } from './dockerode/volumes';
import type { ConnectOptions } from './transport/ConnectOptions';
import { cliEnvironment } from './transport/cliEnvironment';
import { PublishedPorts } from './transport/publishedPorts';

/**
 * The Docker Engine through dockerode, composed from one implementation per resource. Each part
 * declares its operations as bound function properties, so spreading the parts gives an object
 * whose every operation works when passed around, and the return type makes the compiler check
 * that together they are the whole DockerEngine: an operation missing from every part, or with
 * the wrong signature, does not compile.
 */
export function createDockerodeEngine(endpoint: EngineEndpoint, options?: ConnectOptions): DockerEngine {
  const client = new EngineClient(endpoint, options);
  const ports = new PublishedPorts(endpoint, options);
  const engine: DockerEngine = {
    ...operationsOf(new DockerodeSystem(client)),
    ...operationsOf(new DockerodeContainers(client)),
    ...operationsOf(new DockerodeContainerIo(client)),
    ...operationsOf(new DockerodeContainerFiles(client)),
    ...operationsOf(new DockerodeImageOperations(client)),
    ...operationsOf(new DockerodeVolumes(client)),
    ...operationsOf(new DockerodeVolumeFiles(client)),
    ...operationsOf(new DockerodeNetworks(client)),
    ...operationsOf(new DockerodeRun(client)),
    ...operationsOf(new DockerodeSwarm(client)),
    ...operationsOf(new DockerodeServices(client)),
    endpoint,
    dispose: () => {
      client.dispose();
      ports.dispose();
    },
    reachPublishedPort: (hostIp, hostPort) => ports.reach(hostIp, hostPort),
    cliEnvironment: base => cliEnvironment(endpoint, options, base),
  };
  return Object.freeze(engine);
}

/** A part's own function properties (its operations), without the state it keeps (the client). */
function operationsOf<T extends object>(part: T): { [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: T[K] } {
  return Object.fromEntries(Object.entries(part).filter(([, value]) => typeof value === 'function')) as never;
}
