import type * as vscode from 'vscode';
import { hubHost, isHub, normalizeHost, type CredentialStore } from '../../../registry';
import type { RegistryEntry } from './registryNodes';

const addedKey = 'dockhand.registries.added';
const hiddenKey = 'dockhand.registries.hidden';

/**
 * Which registries the view lists: Docker Hub, every host the docker configuration knows, and
 * those the user added; minus those the user removed from the view. Only addresses are kept
 * (in global state); credentials stay where the docker CLI keeps them.
 */
export class RegistryList {
  constructor(
    private readonly state: vscode.Memento,
    private readonly credentials: CredentialStore,
  ) {}

  async entries(): Promise<{ entries: RegistryEntry[]; problems: string[] }> {
    const hidden = new Set(this.state.get<string[]>(hiddenKey, []));
    const { hosts, problems } = await this.credentials.knownHosts();
    const byHost = new Map<string, RegistryEntry>();
    byHost.set(hubHost, { address: hubHost, host: hubHost, source: 'hub' });
    for (const host of hosts) {
      if (!isHub(host)) {
        byHost.set(host, { address: host, host, source: 'config' });
      }
    }
    for (const address of this.state.get<string[]>(addedKey, [])) {
      const host = normalizeHost(address);
      if (!byHost.has(host) || byHost.get(host)?.source === 'config') {
        byHost.set(host, { address, host, source: isHub(host) ? 'hub' : 'added' });
      }
    }
    const entries = [...byHost.values()].filter(e => !hidden.has(e.host));
    // Docker Hub first, then the others by name.
    entries.sort((a, b) => (a.source === 'hub' ? -1 : b.source === 'hub' ? 1 : a.host.localeCompare(b.host)));
    return { entries, problems };
  }

  async add(address: string): Promise<void> {
    const host = normalizeHost(address);
    const added = this.state.get<string[]>(addedKey, []).filter(a => normalizeHost(a) !== host);
    await this.state.update(addedKey, [...added, address.trim().replace(/\/+$/, '').replace(/\/v2$/, '')]);
    await this.state.update(
      hiddenKey,
      this.state.get<string[]>(hiddenKey, []).filter(h => h !== host),
    );
  }

  /** Takes a registry off the view (credentials untouched; add it again to list it again). */
  async remove(host: string): Promise<void> {
    const normalized = normalizeHost(host);
    await this.state.update(
      addedKey,
      this.state.get<string[]>(addedKey, []).filter(a => normalizeHost(a) !== normalized),
    );
    await this.state.update(hiddenKey, [...new Set([...this.state.get<string[]>(hiddenKey, []), normalized])]);
  }
}
