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
  // go-connections lower-cases the protocol before checking it.
  const protocol = slash >= 0 ? text.slice(slash + 1).toLowerCase() : 'tcp';
  if (!protocols.includes(protocol)) {
    return { error: `Unknown protocol \`${text.slice(slash + 1)}\` in port \`${text}\`; use tcp, udp or sctp.`, offset: slash + 1 };
  }
  const addressAndPorts = slash >= 0 ? text.slice(0, slash) : text;
  const ipv6 = /^\[([^\]]*)\]:(.*)$/.exec(addressAndPorts);
  const split = ipv6 ? [ipv6[1], ...ipv6[2].split(':')] : addressAndPorts.split(':');
  if (ipv6 && split.length !== 3) {
    return { error: `Port \`${text}\` has too many \`:\`; the form is [HOST_IP:][HOST_PORT:]CONTAINER_PORT.` };
  }
  // Without brackets, everything before the last two parts is the address (an IPv6 address has colons).
  const parts = split.length > 3 ? [split.slice(0, -2).join(':'), ...split.slice(-2)] : split;
  if (parts.length === 3 && parts[0] !== '' && !isIpAddress(parts[0])) {
    return { error: `\`${parts[0]}\` in port \`${text}\` is not an IP address; the form is [HOST_IP:][HOST_PORT:]CONTAINER_PORT.` };
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

/** An IPv4 or IPv6 address as Go's `net.ParseIP` reads it. */
export function isIpAddress(text: string): boolean {
  return isIPv4(text) || isIPv6(text);
}

function isIPv4(text: string): boolean {
  return /^(\d{1,3})(\.\d{1,3}){3}$/.test(text) && text.split('.').every(n => Number(n) <= 255);
}

function isIPv6(text: string): boolean {
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (lastColon < 0 || (tail.includes('.') && !isIPv4(tail))) {
    return false;
  }
  // An IPv4 tail (`::ffff:1.2.3.4`) stands for the last two groups.
  const hex = tail.includes('.') ? `${text.slice(0, lastColon + 1)}0:0` : text;
  const halves = hex.split('::');
  if (halves.length > 2) {
    return false;
  }
  const groups = halves.flatMap(h => (h === '' ? [] : h.split(':')));
  if (!groups.every(group => /^[0-9a-fA-F]{1,4}$/.test(group))) {
    return false;
  }
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}

/** Host ports may be 0 (the engine picks one); container ports start at 1. */
function portRange(part: string, whole: string, side: string): { range: [number, number] } | { error: string } {
  const match = /^(\d+)(?:-(\d+))?$/.exec(part);
  if (!match) {
    return { error: `\`${part}\` is not a ${side} port number in \`${whole}\`.` };
  }
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  const lowest = side === 'host' ? 0 : 1;
  for (const port of [start, end]) {
    if (port < lowest || port > 65535) {
      return { error: `${side === 'host' ? 'Host' : 'Container'} port ${port} in \`${whole}\` is out of range (${lowest}–65535).` };
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
