// The Registries view's listings against raw HTTP to the same registry (issue 11): a catalog of
// 1,000 repositories and a repository of 500 tags, on the bench registry (127.0.0.1:5006, started
// by scripts/setup-registries.sh). Both sides make the same paged requests (100 per page, following
// the Link header) over keep-alive connections; Dockhand's side is the registry layer the view
// calls (RegistryClient + catalogPage/tagsPage: scheme discovery, auth handling, JSON validation).
import * as http from 'node:http';
import { allPages, catalogPage, RegistryService, tagsPage } from '../../src/registry';
import { raw, seedRepositories, seedTags } from '../../test/support/registrySeed';
import { benchRegistry } from '../../test/support/testRegistries';
import { compareMedians, row } from '../stats';

const repositories = Array.from({ length: 1000 }, (_, i) => `bench/repo-${String(i).padStart(4, '0')}`);
const tagged = 'bench/many-tags';
const tags = Array.from({ length: 500 }, (_, i) => `t${String(i).padStart(3, '0')}`);
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

function getJson(path: string): Promise<{ body: unknown; link?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: 5006, path, agent }, res => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ body: JSON.parse(Buffer.concat(chunks).toString('utf8')), link: res.headers.link as string | undefined }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** The peer: plain GETs following `Link: <…>; rel="next"`. */
async function rawAll(first: string, field: 'repositories' | 'tags'): Promise<string[]> {
  const all: string[] = [];
  let path: string | undefined = first;
  while (path) {
    const { body, link } = await getJson(path);
    all.push(...((body as Record<string, string[]>)[field] ?? []));
    path = link ? /<([^>]+)>/.exec(link)?.[1] : undefined;
  }
  return all;
}

async function seed(): Promise<void> {
  const catalog = await rawAll('/v2/_catalog?n=1000', 'repositories');
  const missing = repositories.filter(r => !catalog.includes(r));
  if (missing.length) {
    console.log(`seeding ${missing.length} repositories…`);
    await seedRepositories(benchRegistry, missing);
  }
  const present = await raw(benchRegistry, 'GET', `/v2/${tagged}/tags/list`);
  if (present.status !== 200 || ((JSON.parse(present.body.toString()) as { tags?: string[] }).tags ?? []).length < tags.length) {
    console.log(`seeding ${tags.length} tags…`);
    await seedTags(benchRegistry, tagged, tags);
  }
}

async function main(): Promise<void> {
  await seed();
  const service = new RegistryService();
  const client = service.client(benchRegistry.host);
  const ours = {
    catalog: () => allPages(cursor => catalogPage(client, cursor, 100)),
    tags: () => allPages(cursor => tagsPage(client, tagged, cursor, 100)),
  };
  const peer = {
    catalog: () => rawAll('/v2/_catalog?n=100', 'repositories'),
    tags: () => rawAll(`/v2/${tagged}/tags/list?n=100`, 'tags'),
  };
  // Same answers first: a benchmark of different work would mean nothing.
  const [a, b] = [await ours.catalog(), await peer.catalog()];
  if (JSON.stringify(a) !== JSON.stringify(b) || a.length < 1000) {
    throw new Error(`catalogs differ: ${a.length} vs ${b.length}`);
  }
  const [c, d] = [await ours.tags(), await peer.tags()];
  if (JSON.stringify(c) !== JSON.stringify(d) || c.length !== 500) {
    throw new Error(`tag lists differ: ${c.length} vs ${d.length}`);
  }
  const pages = (await getJson('/v2/_catalog?n=100')).link ? Math.ceil(a.length / 100) : 1;
  console.log(`\n| what | Dockhand | peer | ratio |\n| --- | --- | --- | --- |`);
  const [catalogOurs, catalogPeer] = await compareMedians(ours.catalog, peer.catalog);
  console.log(row(`catalog of ${a.length} repositories (${pages} pages of 100)`, catalogOurs, catalogPeer, 'raw HTTP'));
  const [firstOurs, firstPeer] = await compareMedians(
    () => catalogPage(client, undefined, 100),
    () => getJson('/v2/_catalog?n=100'),
  );
  console.log(row('first catalog page (what the view shows on expand)', firstOurs, firstPeer, 'raw HTTP'));
  const [tagsOurs, tagsPeer] = await compareMedians(ours.tags, peer.tags);
  console.log(row(`${c.length} tags of one repository`, tagsOurs, tagsPeer, 'raw HTTP'));
  service.dispose();
  agent.destroy();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
