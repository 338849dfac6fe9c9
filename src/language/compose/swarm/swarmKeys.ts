/**
 * What Swarm and plain Compose each ignore of a compose file. `docker stack deploy` skips the
 * service keys below (the CLI lists them as unsupported), and `docker compose up` skips the
 * `deploy:` keys that only an orchestrator can act on.
 */
import type { ComposeDocument } from '../parse/ComposeDocument';
import { entries, entry, resolve } from '../parse/yamlNodes';

/** Service keys `docker stack deploy` ignores, with what to do instead. */
export const swarmIgnoredKeys: Readonly<Record<string, string>> = {
  build: 'Swarm pulls images and never builds: build and push the image first (every node must be able to pull it), and deploy by `image`.',
  container_name: 'Swarm names task containers itself (`<stack>_<service>.<slot>.<id>`); reach the service by its name instead.',
  depends_on:
    'Swarm starts services in any order and restarts failed tasks: make the service retry until what it needs answers (a healthcheck helps).',
  restart: 'Swarm uses `deploy.restart_policy` (`condition: on-failure | any | none`, `delay`, `max_attempts`) instead.',
  links: 'Services on a shared overlay network reach each other by service name.',
  external_links: 'Swarm cannot link to containers outside the stack; attach both to a network instead.',
  network_mode: 'Swarm services join overlay networks (`networks:`); `host` is possible as an external network named host.',
  cgroup_parent: 'Swarm services cannot choose a cgroup parent.',
  cgroupns_mode: 'Swarm services cannot choose a cgroup namespace mode.',
  devices: 'Swarm services cannot map host devices (a generic resource or a bind mount may do instead).',
  domainname: 'Swarm services cannot set a domain name.',
  ipc: 'Swarm services cannot share an IPC namespace.',
  mac_address: 'Swarm assigns the addresses of task containers.',
  pid: 'Swarm services cannot share a PID namespace.',
  privileged: 'Swarm services cannot run privileged; grant what is needed with `cap_add`.',
  security_opt: 'Swarm services cannot set security options.',
  shm_size: 'Swarm services cannot size /dev/shm this way; mount a `tmpfs` at /dev/shm instead.',
  userns_mode: 'Swarm services cannot choose a user namespace mode.',
};

/** `deploy:` keys `docker compose up` ignores: only an orchestrator acts on them. */
export const composeIgnoredDeployKeys: Readonly<Record<string, string>> = {
  placement: 'placement chooses nodes, and Compose runs everything on one engine',
  update_config: 'rolling updates are how Swarm replaces tasks; Compose recreates containers',
  rollback_config: 'rollbacks are a Swarm feature',
  endpoint_mode: 'the service VIP or DNS round-robin is how Swarm publishes services',
  labels: "`deploy.labels` label the Swarm service, not its containers (use the service's own `labels` for those)",
};

/** Whether any service of the file has a `deploy:` section: the file is meant for Swarm (too). */
export function usesDeploy(doc: ComposeDocument): boolean {
  return doc.model.services.some(service => entry(doc.yaml, resolve(doc.yaml, service.value), 'deploy') !== undefined);
}

/** The file is written for `docker stack deploy`: it uses `deploy:`, or is named as a stack file (docker-stack.yml, …). */
export function isSwarmFile(doc: ComposeDocument): boolean {
  return /(^|[/\\._-])stack[^/\\]*\.ya?ml$/i.test(decodeURIComponent(doc.uri)) || usesDeploy(doc);
}

/** The `deploy:` mapping's entries of one service, if it has one. */
export function deployEntries(doc: ComposeDocument, serviceValue: unknown): ReturnType<typeof entries> {
  const deploy = entry(doc.yaml, resolve(doc.yaml, serviceValue), 'deploy');
  return deploy ? entries(doc.yaml, resolve(doc.yaml, deploy.value)) : [];
}
