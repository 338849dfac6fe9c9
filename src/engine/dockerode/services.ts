import { EngineError } from '../EngineError';
import { stackLabel, taskName, toServiceSummary, toTaskSummary } from '../mappers/services';
import type { RawService, RawServiceSpec, RawSwarmObject, RawTask } from '../mappers/swarmRaw';
import { toSwarmObjectSummary } from '../mappers/swarmNodes';
import type { ServiceOperations } from '../operations/ServiceOperations';
import { demultiplex, plainOutput } from '../streams/demultiplex';
import { toLogLines } from '../streams/logLines';
import { splitLogDetails } from '../streams/serviceLogDetails';
import { untilAborted } from '../streams/untilAborted';
import type { ServiceLogLine, ServiceLogOptions, ServiceSummary, StackRemoval, TaskSummary } from '../swarmTypes';
import type { ListOptions } from '../types';
import { labelFilter, type EngineClient } from './EngineClient';
import { encoded, swarmRequest, updateSpec } from './swarmRequests';

export class DockerodeServices implements ServiceOperations {
  constructor(private readonly client: EngineClient) {}

  readonly listServices = async (options: ListOptions = {}, signal?: AbortSignal): Promise<ServiceSummary[]> => {
    const filters = labelFilter(options);
    const raw = await swarmRequest<RawService[]>(
      this.client,
      {
        method: 'GET',
        path: '/services',
        query: { status: true, ...(filters ? { filters: JSON.stringify(filters) } : {}) },
      },
      signal,
    );
    return raw.map(toServiceSummary).sort((a, b) => a.name.localeCompare(b.name));
  };

  readonly inspectService = (idOrName: string, signal?: AbortSignal): Promise<Record<string, unknown>> => {
    return swarmRequest(this.client, { method: 'GET', path: `/services/${encoded(idOrName)}` }, signal);
  };

  readonly listTasks = async (options: { service?: string } = {}, signal?: AbortSignal): Promise<TaskSummary[]> => {
    const query = options.service ? { filters: JSON.stringify({ service: [options.service] }) } : {};
    const raw = await swarmRequest<RawTask[]>(this.client, { method: 'GET', path: '/tasks', query }, signal);
    return raw.map(toTaskSummary);
  };

  readonly inspectTask = (id: string, signal?: AbortSignal): Promise<Record<string, unknown>> => {
    return swarmRequest(this.client, { method: 'GET', path: `/tasks/${encoded(id)}` }, signal);
  };

  readonly scaleService = async (idOrName: string, replicas: number, signal?: AbortSignal): Promise<void> => {
    if (!Number.isSafeInteger(replicas) || replicas < 0) {
      throw this.client.error('invalid', `${String(replicas)} is not a replica count: use a whole number, 0 or more.`);
    }
    await this.update(
      idOrName,
      spec => {
        if (!spec.Mode?.Replicated) {
          throw this.client.error(
            'invalid',
            `The service ${spec.Name ?? idOrName} runs one task per node (global mode): it cannot be scaled.`,
          );
        }
        return { ...spec, Mode: { Replicated: { Replicas: replicas } } };
      },
      signal,
    );
  };

  readonly updateServiceImage = async (idOrName: string, image: string, signal?: AbortSignal): Promise<void> => {
    if (!image.trim() || /\s/.test(image.trim())) {
      throw this.client.error('invalid', `"${image}" is not an image reference.`);
    }
    await this.update(
      idOrName,
      spec => ({
        ...spec,
        TaskTemplate: { ...spec.TaskTemplate, ContainerSpec: { ...spec.TaskTemplate?.ContainerSpec, Image: image.trim() } },
      }),
      signal,
    );
  };

  readonly forceUpdateService = async (idOrName: string, signal?: AbortSignal): Promise<void> => {
    await this.update(
      idOrName,
      spec => ({ ...spec, TaskTemplate: { ...spec.TaskTemplate, ForceUpdate: (spec.TaskTemplate?.ForceUpdate ?? 0) + 1 } }),
      signal,
    );
  };

  readonly rollbackService = async (idOrName: string, signal?: AbortSignal): Promise<void> => {
    await this.update(
      idOrName,
      (spec, current) => {
        if (!current.PreviousSpec) {
          throw this.client.error(
            'invalid',
            `The service ${spec.Name ?? idOrName} has not been updated since it was created: there is nothing to roll back to.`,
          );
        }
        return spec;
      },
      signal,
      { rollback: 'previous' },
    );
  };

  readonly removeService = async (idOrName: string, signal?: AbortSignal): Promise<void> => {
    await swarmRequest(this.client, { method: 'DELETE', path: `/services/${encoded(idOrName)}` }, signal);
  };

  readonly serviceLogs = (idOrName: string, options: ServiceLogOptions = {}, signal?: AbortSignal): AsyncIterable<ServiceLogLine> =>
    this.logLines(idOrName, options, signal);

  private async *logLines(idOrName: string, options: ServiceLogOptions, signal?: AbortSignal): AsyncGenerator<ServiceLogLine> {
    const service = await swarmRequest<RawService>(this.client, { method: 'GET', path: `/services/${encoded(idOrName)}` }, signal);
    const name = service.Spec?.Name ?? idOrName;
    const tty = (service.Spec?.TaskTemplate?.ContainerSpec as { TTY?: boolean } | undefined)?.TTY === true;
    const names = new TaskNames(this, name, service.ID ?? idOrName);
    const query = {
      stdout: true,
      stderr: true,
      details: true,
      follow: options.follow ?? false,
      tail: options.tail ?? 1000,
      timestamps: options.timestamps ?? false,
    };
    const body = await swarmRequest<NodeJS.ReadableStream>(
      this.client,
      { method: 'GET', path: `/services/${encoded(idOrName)}/logs`, query, isStream: true },
      signal,
    );
    const source = body as AsyncIterable<Buffer>;
    try {
      // With timestamps the engine writes the timestamp first, then the details, then the text.
      for await (const line of untilAborted(
        toLogLines(tty ? plainOutput(source) : demultiplex(source), options.timestamps ?? false),
        signal,
      )) {
        const { attributes, text } = splitLogDetails(line.text);
        const taskId = attributes['com.docker.swarm.task.id'];
        yield {
          stream: line.stream,
          text,
          ...(line.timestamp ? { timestamp: line.timestamp } : {}),
          taskId,
          task: taskId ? await names.of(taskId, signal) : undefined,
          nodeId: attributes['com.docker.swarm.node.id'],
          serviceId: attributes['com.docker.swarm.service.id'],
        };
      }
    } catch (err) {
      if (!signal?.aborted) {
        throw this.client.toError(err, signal);
      }
    } finally {
      (body as { destroy?: () => void }).destroy?.();
    }
  }

  readonly removeStack = async (name: string, signal?: AbortSignal): Promise<StackRemoval> => {
    const labels = { labels: [`${stackLabel}=${name}`] };
    const filters = JSON.stringify({ label: labels.labels });
    const services = await this.listServices(labels, signal);
    const networks = await swarmRequest<Array<{ Id?: string; Name?: string }>>(
      this.client,
      { method: 'GET', path: '/networks', query: { filters } },
      signal,
    );
    const secrets = await swarmRequest<RawSwarmObject[]>(this.client, { method: 'GET', path: '/secrets', query: { filters } }, signal);
    const configs = await swarmRequest<RawSwarmObject[]>(this.client, { method: 'GET', path: '/configs', query: { filters } }, signal);
    if (!services.length && !networks.length && !secrets.length && !configs.length) {
      throw this.client.error('notFound', `There is no stack named ${name} (nothing carries the label ${stackLabel}=${name}).`);
    }
    // Services first: the networks, secrets and configs stay in use until their services are gone.
    const removal = { services: [] as string[], networks: [] as string[], secrets: [] as string[], configs: [] as string[] };
    for (const service of services) {
      await this.ignoringGone(this.removeService(service.id, signal));
      removal.services.push(service.name);
    }
    for (const network of networks) {
      await this.ignoringGone(swarmRequest(this.client, { method: 'DELETE', path: `/networks/${encoded(network.Id ?? '')}` }, signal));
      removal.networks.push(network.Name ?? network.Id ?? '');
    }
    for (const [kind, list] of [
      ['secrets', secrets],
      ['configs', configs],
    ] as const) {
      for (const object of list.map(toSwarmObjectSummary)) {
        await this.ignoringGone(swarmRequest(this.client, { method: 'DELETE', path: `/${kind}/${encoded(object.id)}` }, signal));
        removal[kind].push(object.name);
      }
    }
    return removal;
  };

  private async ignoringGone(request: Promise<unknown>): Promise<void> {
    try {
      await request;
    } catch (err) {
      if (!(err instanceof EngineError && err.kind === 'notFound')) {
        throw err;
      }
    }
  }

  private update(
    idOrName: string,
    change: (spec: RawServiceSpec, current: Record<string, unknown>) => RawServiceSpec,
    signal?: AbortSignal,
    query: Record<string, unknown> = {},
  ): Promise<void> {
    return updateSpec<RawServiceSpec>(this.client, `/services/${encoded(idOrName)}`, change, signal, query);
  }
}

/** Task ids → `service.slot` names; tasks started after the logs were opened are looked up when first seen. */
class TaskNames {
  private readonly names = new Map<string, string>();
  private loaded: Promise<void> | undefined;
  private lastLookup = 0;

  constructor(
    private readonly services: DockerodeServices,
    private readonly service: string,
    private readonly serviceId: string,
  ) {}

  readonly of = async (taskId: string, signal?: AbortSignal): Promise<string> => {
    if (!this.names.has(taskId) && (!this.loaded || Date.now() - this.lastLookup > 1000)) {
      this.lastLookup = Date.now();
      this.loaded = this.load(signal);
    }
    await this.loaded;
    return this.names.get(taskId) ?? `${this.service}.${taskId.slice(0, 12)}`;
  };

  private async load(signal?: AbortSignal): Promise<void> {
    const tasks = await this.services.listTasks({ service: this.serviceId }, signal).catch(() => []);
    for (const task of tasks) {
      this.names.set(task.id, taskName(this.service, task));
    }
  }
}
