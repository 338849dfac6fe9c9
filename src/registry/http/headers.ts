/** Parsers for the registry protocol's headers. */

export interface AuthChallenge {
  readonly scheme: 'bearer' | 'basic';
  readonly params: Readonly<Record<string, string>>;
}

/**
 * `WWW-Authenticate: Bearer realm="https://auth",service="registry",scope="repository:a:pull"`
 * (or `Basic realm="…"`). When several challenges arrive, Bearer wins.
 */
export function parseChallenge(header: string | undefined): AuthChallenge | undefined {
  if (!header) {
    return undefined;
  }
  const challenges: AuthChallenge[] = [];
  // A challenge starts with a scheme token followed by a space; parameters are key="value" or key=token.
  const re = /([A-Za-z]+)\s+((?:[A-Za-z_-]+=(?:"(?:[^"\\]|\\.)*"|[^,\s]*)\s*,?\s*)*)/g;
  for (const match of header.matchAll(re)) {
    const scheme = (match[1] ?? '').toLowerCase();
    if (scheme !== 'bearer' && scheme !== 'basic') {
      continue;
    }
    const params: Record<string, string> = {};
    for (const p of (match[2] ?? '').matchAll(/([A-Za-z_-]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
      params[(p[1] ?? '').toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    }
    challenges.push({ scheme, params });
  }
  return challenges.find(c => c.scheme === 'bearer') ?? challenges[0];
}

/** The `rel="next"` target of a `Link` header (`</v2/_catalog?last=x&n=100>; rel="next"`): a path or an absolute URL. */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) {
    return undefined;
  }
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (match && /rel="?next"?/i.test(match[2] ?? '')) {
      return match[1] || undefined;
    }
  }
  return undefined;
}
