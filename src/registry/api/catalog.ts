import { nextLink } from '../http/headers';
import type { RegistryClient } from '../http/RegistryClient';
import { jsonBody } from '../http/transport';
import { RegistryError } from '../RegistryError';
import { defaultPageSize, type Page } from './paging';

/**
 * One page of `GET /v2/_catalog`; `cursor` is the previous page's `next` (the registry's `Link`
 * header), so a catalog of thousands of repositories loads a page at a time, on demand.
 */
export async function catalogPage(
  client: RegistryClient,
  cursor?: string,
  pageSize = defaultPageSize,
  signal?: AbortSignal,
): Promise<Page<string>> {
  const response = await client.expect(
    { path: cursor ?? `/v2/_catalog?n=${pageSize}`, scope: 'registry:catalog:*' },
    'the repository catalog',
    signal,
  );
  const body = jsonBody<{ repositories?: unknown }>(response, 'the catalog request', m => invalid(client, m));
  const items = stringArray(body.repositories, client, 'repositories');
  return { items, next: items.length ? nextLink(response.headers.link) : undefined };
}

/** One page of `GET /v2/<name>/tags/list`. */
export async function tagsPage(
  client: RegistryClient,
  repository: string,
  cursor?: string,
  pageSize = defaultPageSize,
  signal?: AbortSignal,
): Promise<Page<string>> {
  const response = await client.expect(
    { path: cursor ?? `/v2/${repository}/tags/list?n=${pageSize}`, scope: `repository:${repository}:pull` },
    `repository ${repository}`,
    signal,
  );
  const body = jsonBody<{ tags?: unknown }>(response, `the tag list of ${repository}`, m => invalid(client, m));
  // A repository whose tags were all deleted answers "tags": null.
  const items = body.tags === null ? [] : stringArray(body.tags, client, 'tags');
  return { items, next: items.length ? nextLink(response.headers.link) : undefined };
}

/** Every page of a listing, in order. */
export async function allPages(load: (cursor?: string) => Promise<Page<string>>): Promise<string[]> {
  const all: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await load(cursor);
    all.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return all;
}

function stringArray(value: unknown, client: RegistryClient, field: string): string[] {
  if (!Array.isArray(value) || !value.every(v => typeof v === 'string')) {
    throw invalid(client, `The registry's answer has no list of ${field}.`);
  }
  return value;
}

function invalid(client: RegistryClient, message: string): RegistryError {
  return new RegistryError('invalidResponse', `${client.host}: ${message}`, client.host);
}
