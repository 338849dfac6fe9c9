const sections: Readonly<Record<string, string>> = {
  services: 'service',
  networks: 'network',
  volumes: 'volume',
  secrets: 'secret',
  configs: 'config',
};

/** "in service `web`", "in `build` of service `web`", "at the top level": where a problem is, in words. */
export function describeLocation(segments: readonly string[]): string {
  if (segments.length === 0) {
    return 'at the top level';
  }
  const [section, name, ...rest] = segments;
  const kind = section !== undefined ? sections[section] : undefined;
  if (kind && name !== undefined) {
    return rest.length === 0 ? `in ${kind} \`${name}\`` : `in \`${dotted(rest)}\` of ${kind} \`${name}\``;
  }
  return `in \`${dotted(segments)}\``;
}

export function dotted(segments: readonly string[]): string {
  return segments.reduce((text, s) => (/^\d+$/.test(s) ? `${text}[${s}]` : text ? `${text}.${s}` : s), '');
}

export function typeInWords(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'empty',
  };
  return [...new Set(type.split(',').map(t => words[t] ?? t))].join(' or ');
}

export function valueTypeInWords(data: unknown): string {
  if (data === null || data === undefined) {
    return 'empty';
  }
  if (Array.isArray(data)) {
    return 'a list';
  }
  return typeInWords(typeof data === 'object' ? 'object' : typeof data);
}
