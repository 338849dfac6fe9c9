import { isMap, isScalar, type Document, type Node } from 'yaml';
import type { NameKind, Reference } from './names';
import { entries, entry, items, resolve, scalarText, value } from './yamlNodes';
import { namedVolumeSource } from '../text/volumeSpec';

type Push = (kind: NameKind, node: Node, name: string, via: string, offsetInText?: number) => void;

/** Every name one service's definition refers to: services, networks, volumes, secrets, configs. */
export function collectReferences(doc: Document, service: string, definition: Node | null): Reference[] {
  const found: Reference[] = [];
  const push: Push = (kind, node, name, via, offsetInText = 0) => {
    // An interpolated name is only known at run time, so it is not checked.
    if (!name || name.includes('$') || !node.range) {
      return;
    }
    const start = textStartOf(node) + offsetInText;
    found.push({ kind, name, start, end: start + name.length, service, via });
  };
  for (const e of entries(doc, definition)) {
    const v = resolve(doc, e.value);
    switch (e.key) {
      case 'depends_on':
        namesOrKeys(doc, v, node => push('service', node, scalarText(node) ?? '', 'depends_on'));
        break;
      case 'links':
        eachScalar(doc, v, (node, text) => push('service', node, text.split(':')[0] ?? '', 'links'));
        break;
      case 'volumes_from':
        eachScalar(doc, v, (node, text) => {
          if (!text.startsWith('container:')) {
            push('service', node, text.split(':')[0] ?? '', 'volumes_from');
          }
        });
        break;
      case 'extends':
        extendsReference(doc, v, push);
        break;
      case 'network_mode':
      case 'ipc':
      case 'pid':
        serviceMode(v, e.key, push);
        break;
      case 'networks':
        namesOrKeys(doc, v, node => push('network', node, scalarText(node) ?? '', 'networks'));
        break;
      case 'volumes':
        volumeReferences(doc, v, push);
        break;
      case 'secrets':
      case 'configs':
        grants(doc, v, e.key === 'secrets' ? 'secret' : 'config', e.key, push);
        break;
      case 'build':
        grants(doc, value(doc, v, 'secrets'), 'secret', 'build.secrets', push);
        break;
    }
  }
  return found;
}

function textStartOf(node: Node): number {
  const start = node.range?.[0] ?? 0;
  return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? start + 1 : start;
}

/** `[a, b]` or `{a: …, b: …}`: the scalars of a list, or the keys of a mapping. */
function namesOrKeys(doc: Document, node: Node | null, each: (name: Node) => void): void {
  if (isMap(node)) {
    entries(doc, node).forEach(e => each(e.keyNode));
  } else {
    items(doc, node).filter(isScalar).forEach(each);
  }
}

function eachScalar(doc: Document, node: Node | null, each: (node: Node, text: string) => void): void {
  for (const item of items(doc, node)) {
    const text = scalarText(item);
    if (text !== undefined) {
      each(item, text);
    }
  }
}

function extendsReference(doc: Document, node: Node | null, push: Push): void {
  if (isScalar(node)) {
    push('service', node, scalarText(node) ?? '', 'extends');
  } else if (isMap(node) && !entry(doc, node, 'file')) {
    const service = value(doc, node, 'service');
    if (service) {
      push('service', service, scalarText(service) ?? '', 'extends');
    }
  }
}

/** `network_mode: service:db` shares another service's namespace. */
function serviceMode(node: Node | null, key: string, push: Push): void {
  const text = scalarText(node);
  if (node && text?.startsWith('service:')) {
    push('service', node, text.slice('service:'.length), key, 'service:'.length);
  }
}

function volumeReferences(doc: Document, node: Node | null, push: Push): void {
  for (const item of items(doc, node)) {
    const text = scalarText(item);
    if (text !== undefined) {
      const source = namedVolumeSource(text);
      if (source !== undefined) {
        push('volume', item, source, 'volumes');
      }
    } else if (isMap(item) && (scalarText(value(doc, item, 'type')) ?? 'volume') === 'volume') {
      const source = value(doc, item, 'source');
      const name = scalarText(source);
      if (source && name !== undefined && namedVolumeSource(`${name}:/x`) !== undefined) {
        push('volume', source, name, 'volumes');
      }
    }
  }
}

/** `secrets: [a, {source: b}]` and the same for configs. */
function grants(doc: Document, node: Node | null, kind: NameKind, via: string, push: Push): void {
  for (const item of items(doc, node)) {
    const target = isMap(item) ? value(doc, item, 'source') : item;
    const name = scalarText(target);
    if (target && name !== undefined) {
      push(kind, target, name, via);
    }
  }
}
