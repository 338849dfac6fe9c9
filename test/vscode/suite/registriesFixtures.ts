// Set-up shared by the Registries suites: a private docker configuration folder (the machine's own
// ~/.docker is never touched), the test credential helper on PATH, the token server, and helpers
// to walk the Registries tree the way a user expands it.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type * as vscode from 'vscode';
import type { RegistryTreeNode } from '../../../src/ui/trees/registries/registryNodes';
import type { RegistriesTreeProvider } from '../../../src/ui/trees/registries/RegistriesTreeProvider';
import { repoRoot } from '../../support/fixtures';
import { credentialHelperBin } from '../../support/testRegistries';
import { startTokenServer, type TokenServer } from '../../support/tokenServer';

const run = promisify(execFile);

export interface RegistryTestEnv {
  readonly configDir: string;
  readonly helperFile: string;
  readonly tokenServer: TokenServer;
  restore(): Promise<void>;
}

/** Points Dockhand (and the docker CLI the tests run) at a fresh configuration folder. */
export async function registryTestEnv(): Promise<RegistryTestEnv> {
  const saved = {
    DOCKER_CONFIG: process.env.DOCKER_CONFIG,
    PATH: process.env.PATH,
    DOCKHANDTEST_CREDENTIALS: process.env.DOCKHANDTEST_CREDENTIALS,
  };
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-docker-config-'));
  const helperFile = path.join(configDir, 'helper-credentials.json');
  process.env.DOCKER_CONFIG = configDir;
  process.env.DOCKHANDTEST_CREDENTIALS = helperFile;
  process.env.PATH = `${credentialHelperBin(repoRoot)}${path.delimiter}${process.env.PATH ?? ''}`;
  const tokenServer = await startTokenServer();
  return {
    configDir,
    helperFile,
    tokenServer,
    restore: async () => {
      await tokenServer.close();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) {
          delete process.env[key];
        } else {
          process.env[key] = value;
        }
      }
      fs.rmSync(configDir, { recursive: true, force: true });
    },
  };
}

export function writeDockerConfig(env: RegistryTestEnv, config: object): void {
  fs.writeFileSync(path.join(env.configDir, 'config.json'), JSON.stringify(config, null, '\t'));
}

export function readDockerConfig(env: RegistryTestEnv): {
  auths?: Record<string, { auth?: string; identitytoken?: string }>;
  [key: string]: unknown;
} {
  const file = path.join(env.configDir, 'config.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

export function readHelperStore(env: RegistryTestEnv): Record<string, { Username: string; Secret: string }> {
  return fs.existsSync(env.helperFile) ? JSON.parse(fs.readFileSync(env.helperFile, 'utf8')) : {};
}

/** The docker CLI with the test configuration (and the test helper on PATH). */
export async function dockerCli(args: string[], input?: string): Promise<{ stdout: string; stderr: string }> {
  const child = run('docker', args, { env: process.env, timeout: 120_000 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
}

export function labelOf(tree: RegistriesTreeProvider, node: RegistryTreeNode): string {
  const label = tree.getTreeItem(node).label;
  return typeof label === 'string' ? label : (label?.label ?? '');
}

export function itemOf(tree: RegistriesTreeProvider, node: RegistryTreeNode): vscode.TreeItem {
  return tree.getTreeItem(node);
}

/** The child of `parent` labelled `label` (a root when parent is undefined), or a clear failure. */
export async function childLabelled(
  tree: RegistriesTreeProvider,
  parent: RegistryTreeNode | undefined,
  label: string,
): Promise<RegistryTreeNode> {
  const children = await tree.getChildren(parent);
  const found = children.find(c => labelOf(tree, c) === label);
  if (!found) {
    throw new Error(`no "${label}" among ${children.map(c => `"${labelOf(tree, c)}"`).join(', ')}`);
  }
  return found;
}

/** Expands `parent` completely, following "Load more" until the listing ends. */
export async function allChildren(tree: RegistriesTreeProvider, parent: RegistryTreeNode): Promise<RegistryTreeNode[]> {
  for (;;) {
    const children = await tree.getChildren(parent);
    const more = children.find(c => c.kind === 'loadMore');
    if (!more || more.kind !== 'loadMore') {
      return children;
    }
    await tree.loadMore(more.parentKey);
  }
}

export function registryNode(tree: RegistriesTreeProvider, host: string): Promise<RegistryTreeNode> {
  return tree.registryNodes().then(nodes => {
    const node = nodes.find(n => n.registry.host === host);
    if (!node) {
      throw new Error(`registry ${host} is not listed (listed: ${nodes.map(n => n.registry.host).join(', ')})`);
    }
    return node;
  });
}
