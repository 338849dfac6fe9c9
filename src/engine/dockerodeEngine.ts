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

type Operations = Omit<DockerEngine, 'endpoint'>;

/**
 * A base whose instances claim every operation; the constructor below installs them. This keeps
 * one class with the engine's whole surface while each resource's code lives in its own file,
 * without restating 70 delegating methods here.
 */
const ComposedOperations = class {} as new () => Operations;

/** The Docker Engine through dockerode, composed from one implementation per resource. */
export class DockerodeEngine extends ComposedOperations implements DockerEngine {
  constructor(readonly endpoint: EngineEndpoint) {
    super();
    const client = new EngineClient(endpoint);
    const parts = [
      new DockerodeSystem(client),
      new DockerodeContainers(client),
      new DockerodeContainerIo(client),
      new DockerodeContainerFiles(client),
      new DockerodeImageOperations(client),
      new DockerodeVolumes(client),
      new DockerodeVolumeFiles(client),
      new DockerodeNetworks(client),
      new DockerodeRun(client),
      new DockerodeSwarm(client),
      new DockerodeServices(client),
    ];
    for (const part of parts) {
      installMethods(this, part);
    }
  }
}

/** Copies a part's public methods (its whole prototype chain) onto `target`, bound to the part. */
function installMethods(target: object, part: object): void {
  for (let proto = Object.getPrototypeOf(part) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const value = (part as Record<string, unknown>)[name];
      if (name !== 'constructor' && typeof value === 'function' && !Object.prototype.hasOwnProperty.call(target, name)) {
        Object.defineProperty(target, name, { value: (value as (...args: unknown[]) => unknown).bind(part), enumerable: false });
      }
    }
  }
}
