/** A published or exposed port as Compose reads it; ports are inclusive ranges. */
export interface PortBinding {
  readonly hostIp: string;
  readonly host?: readonly [number, number];
  readonly container: readonly [number, number];
  readonly protocol: string;
}

export type PortResult = { readonly binding: PortBinding } | { readonly error: string; readonly offset?: number };

export const protocols: readonly string[] = ['tcp', 'udp', 'sctp'];

/**
 * Reads the short syntax `[[HOST_IP:][HOST_PORT[-END]]:]CONTAINER_PORT[-END][/PROTOCOL]`,
 * IPv6 host addresses in brackets. Returns a message for the first thing that is wrong.
 */
export function parsePortSpec(text: string): PortResult {
  const space = text.search(/\s/);
  if (space >= 0) {
    return {
      error: `Port \`${text}\` contains a space; Compose reads it as one word, so write \`${text.replace(/\s+/g, '')}\`.`,
      offset: space,
    };
  }
  const slash = text.indexOf('/');
  const protocol = slash >= 0 ? text.slice(slash + 1) : 'tcp';
  if (!protocols.includes(protocol)) {
    return { error: `Unknown protocol \`${protocol}\` in port \`${text}\`; use tcp, udp or sctp.`, offset: slash + 1 };
  }
  const addressAndPorts = slash >= 0 ? text.slice(0, slash) : text;
  const ipv6 = /^\[([^\]]*)\]:(.*)$/.exec(addressAndPorts);
  const parts = ipv6 ? [ipv6[1], ...ipv6[2].split(':')] : addressAndPorts.split(':');
  if (parts.length > 3 || (ipv6 && parts.length !== 3)) {
    return {
      error: `Port \`${text}\` has too many \`:\`; the form is [HOST_IP:][HOST_PORT:]CONTAINER_PORT (an IPv6 address goes in brackets).`,
    };
  }
  const container = portRange(parts[parts.length - 1], text, 'container');
  if ('error' in container) {
    return container;
  }
  const hostText = parts.length >= 2 ? parts[parts.length - 2] : '';
  const host = hostText === '' ? undefined : portRange(hostText, text, 'host');
  if (host && 'error' in host) {
    return host;
  }
  if (host && container.range[0] !== container.range[1] && host.range[1] - host.range[0] !== container.range[1] - container.range[0]) {
    return { error: `Port \`${text}\` maps a host range onto a container range of a different size.` };
  }
  return { binding: { hostIp: parts.length === 3 ? parts[0] : '', host: host?.range, container: container.range, protocol } };
}

function portRange(part: string, whole: string, side: string): { range: [number, number] } | { error: string } {
  const match = /^(\d+)(?:-(\d+))?$/.exec(part);
  if (!match) {
    return { error: `\`${part}\` is not a ${side} port number in \`${whole}\`.` };
  }
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  for (const port of [start, end]) {
    if (port < 1 || port > 65535) {
      return { error: `${side === 'host' ? 'Host' : 'Container'} port ${port} in \`${whole}\` is out of range (1–65535).` };
    }
  }
  if (end < start) {
    return { error: `Port range \`${part}\` in \`${whole}\` ends before it starts.` };
  }
  return { range: [start, end] };
}

/** `published: "8000-8010"` or `8080` in the long syntax. */
export function parsePublished(text: string): [number, number] | string {
  const result = portRange(text, text, 'host');
  return 'error' in result ? result.error : result.range;
}
