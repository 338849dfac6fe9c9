import { isMap, isScalar, type Document, type Node } from 'yaml';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { entries, items, scalarText } from '../parse/yamlNodes';
import { isIpAddress, parsePortSpec, parsePublished, protocols, type PortBinding } from '../text/portSpec';
import type { RuleContext } from './ComposeRule';
import { serviceEntries } from './serviceEntries';

/** One item of a service's `ports`, read; `error` when it cannot be. */
export interface PortEntry {
  readonly service: string;
  readonly node: Node;
  readonly binding?: PortBinding;
  readonly error?: string;
  /** Where in the node's text the error is, when known. */
  readonly offset?: number;
}

export function* portEntries(doc: ComposeDocument, scope?: RuleContext['scope']): Generator<PortEntry> {
  for (const { service, entry, value } of serviceEntries(doc, scope)) {
    if (entry.key !== 'ports') {
      continue;
    }
    for (const node of items(doc.yaml, value)) {
      const text = scalarText(node);
      if (isScalar(node) && text !== undefined) {
        // An interpolated port is only known at run time.
        if (!text.includes('$')) {
          const result = parsePortSpec(text);
          yield 'binding' in result
            ? { service, node, binding: result.binding }
            : { service, node, error: result.error, offset: result.offset };
        }
      } else if (isMap(node)) {
        yield { service, node, ...longSyntax(doc.yaml, node) };
      }
    }
  }
}

function longSyntax(doc: Document, node: Node): { binding?: PortBinding; error?: string } {
  const fields = new Map(entries(doc, node).map(e => [e.key, scalarText(e.value)]));
  const values = [...fields.values()];
  if (values.some(v => v?.includes('$'))) {
    return {};
  }
  // A single key that is not a long-syntax field is "3000: 8080" read as a mapping; another rule explains that.
  if (!fields.has('target')) {
    return fields.size === 1 && /^\d/.test([...fields.keys()][0])
      ? {}
      : { error: 'A port in the long syntax needs `target`, the port inside the container.' };
  }
  const target = Number(fields.get('target'));
  if (!Number.isInteger(target) || target < 1 || target > 65535) {
    const range = /^\d+-\d+$/.test(fields.get('target') ?? '') ? '; `target` takes one port — a range goes in the short syntax' : '';
    return { error: `\`target: ${fields.get('target')}\` is not a port number (1–65535)${range}.` };
  }
  const protocol = (fields.get('protocol') ?? 'tcp').toLowerCase();
  if (!protocols.includes(protocol)) {
    return { error: `Unknown protocol \`${protocol}\`; use tcp, udp or sctp.` };
  }
  const hostIp = fields.get('host_ip');
  if (hostIp !== undefined && hostIp !== '' && !isIpAddress(hostIp.replace(/^\[(.*)\]$/, '$1'))) {
    return { error: `\`host_ip: ${hostIp}\` is not an IP address.` };
  }
  const mode = fields.get('mode');
  if (mode !== undefined && mode !== 'host' && mode !== 'ingress') {
    return { error: `Unknown port mode \`${mode}\`; use \`host\` or \`ingress\`.` };
  }
  const publishedText = fields.get('published');
  const published = publishedText === undefined ? undefined : parsePublished(publishedText);
  if (typeof published === 'string') {
    return { error: published };
  }
  return { binding: { hostIp: fields.get('host_ip') ?? '', host: published, container: [target, target], protocol } };
}
