import { signals } from '../../common/signals';

/**
 * Values the schema leaves as free strings but Compose accepts only a few of. Keyed by the last
 * key of the path; the schema's own `enum`s are added to these.
 */
export const knownValues: Readonly<Record<string, readonly string[]>> = {
  restart: ['no', 'always', 'on-failure', 'on-failure:3', 'unless-stopped'],
  pull_policy: ['always', 'never', 'missing', 'build', 'if_not_present', 'daily', 'weekly'],
  network_mode: ['bridge', 'host', 'none'],
  stop_signal: signals,
  protocol: ['tcp', 'udp', 'sctp'],
  mode: ['host', 'ingress', 'replicated', 'global'],
  condition: ['service_started', 'service_healthy', 'service_completed_successfully'],
  driver: ['bridge', 'overlay', 'host', 'none', 'local', 'json-file'],
  action: ['sync', 'rebuild', 'sync+restart', 'restart', 'sync+exec'],
  ipc: ['host', 'private', 'shareable', 'none'],
  pid: ['host'],
  init: ['true', 'false'],
  privileged: ['true', 'false'],
  read_only: ['true', 'false'],
  tty: ['true', 'false'],
  stdin_open: ['true', 'false'],
};

/** Keys whose value (or list items) name a service, and the kind of name other keys take. */
export const serviceValued = new Set(['depends_on', 'links', 'volumes_from', 'extends', 'service']);
