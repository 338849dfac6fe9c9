import type { JsonSchema } from '../schema/composeSchema';
import { deref } from '../schema/composeSchema';

/** Whole blocks for keys whose useful value has a known shape; LSP clients re-indent the lines. */
const blocks: Readonly<Record<string, string>> = {
  healthcheck:
    'healthcheck:\n  test: ["CMD", "${1:curl}", "-f", "${2:http://localhost/}"]\n  interval: ${3:30s}\n  timeout: ${4:10s}\n  retries: ${5:3}\n  start_period: ${6:10s}',
  build: 'build:\n  context: ${1:.}\n  dockerfile: ${2:Dockerfile}',
  deploy: 'deploy:\n  replicas: ${1:1}\n  resources:\n    limits:\n      cpus: "${2:0.50}"\n      memory: ${3:512M}',
  logging: 'logging:\n  driver: ${1:json-file}\n  options:\n    max-size: "${2:10m}"',
  depends_on: 'depends_on:\n  ${1:service}:\n    condition: ${2|service_started,service_healthy,service_completed_successfully|}',
  develop: 'develop:\n  watch:\n    - action: ${1|sync,rebuild,sync+restart|}\n      path: ${2:./src}\n      target: ${3:/app/src}',
};

/** The snippet that inserts `key` with an empty value of the right shape. */
export function keySnippet(key: string, schema: JsonSchema | undefined): string {
  const block = blocks[key];
  if (block) {
    return block;
  }
  const types = shapes(schema);
  if (types.has('object') && !types.has('string') && !types.has('array')) {
    return `${key}:\n  $0`;
  }
  if (types.has('array') && !types.has('string') && !types.has('object')) {
    return `${key}:\n  - $0`;
  }
  return `${key}: $0`;
}

function shapes(schema: JsonSchema | undefined, depth = 0): Set<string> {
  if (!schema || depth > 4) {
    return new Set();
  }
  const resolved = deref(schema);
  const own = resolved.type === undefined ? [] : typeof resolved.type === 'string' ? [resolved.type] : [...resolved.type];
  const branches = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])].flatMap(b => [...shapes(b, depth + 1)]);
  return new Set([...own, ...branches]);
}
