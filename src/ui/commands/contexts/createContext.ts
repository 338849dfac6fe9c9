import * as vscode from 'vscode';
import { contextNamePattern, type ContextSpec } from '../../../engine';
import type { CommandDeps } from '../shared/CommandDeps';

type EndpointKind = 'unix' | 'ssh' | 'tcp' | 'tls';

/**
 * `docker context create`: from a spec object (other extensions, tests) or by asking — name,
 * kind of endpoint (unix socket, ssh://, tcp://, tcp:// with CA/cert/key files), address,
 * description. Written exactly as the CLI writes it. Resolves to the new context's name.
 */
export async function createContext(deps: CommandDeps, ...args: unknown[]): Promise<string | undefined> {
  const [first] = args;
  const spec = isSpec(first) ? first : await askSpec(deps);
  if (!spec) {
    return undefined;
  }
  const created = await deps.contexts.store().create(spec);
  await deps.contexts.reload();
  void deps.dialogs.showInformationMessage(vscode.l10n.t('Created docker context "{0}" ({1}).', created.name, created.host));
  return created.name;
}

function isSpec(value: unknown): value is ContextSpec {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string' &&
    typeof (value as { host?: unknown }).host === 'string'
  );
}

async function askSpec(deps: CommandDeps): Promise<ContextSpec | undefined> {
  const existing = new Set((await deps.contexts.store().list()).map(c => c.name));
  const name = await deps.dialogs.showInputBox({
    title: vscode.l10n.t('Create Docker Context'),
    prompt: vscode.l10n.t('Context name'),
    validateInput: value =>
      !contextNamePattern.test(value)
        ? vscode.l10n.t('Letters, digits and _ . + - (at least two characters).')
        : value === 'default' || existing.has(value)
          ? vscode.l10n.t('A context named "{0}" already exists.', value)
          : undefined,
  });
  if (!name) {
    return undefined;
  }
  const kinds: Array<vscode.QuickPickItem & { endpoint: EndpointKind }> = [
    { label: vscode.l10n.t('SSH'), description: 'ssh://user@host[:port]', endpoint: 'ssh' },
    { label: vscode.l10n.t('TCP with TLS'), description: 'tcp://host:2376 + ca.pem, cert.pem, key.pem', endpoint: 'tls' },
    { label: vscode.l10n.t('Unix socket'), description: 'unix:///path/to/docker.sock', endpoint: 'unix' },
    { label: vscode.l10n.t('TCP without TLS'), description: 'tcp://host:2375', endpoint: 'tcp' },
  ];
  const kind = (await deps.dialogs.showQuickPick(kinds, { title: vscode.l10n.t('Endpoint of "{0}"', name) }))?.endpoint;
  if (!kind) {
    return undefined;
  }
  const examples: Record<EndpointKind, string> = {
    ssh: 'ssh://user@host',
    tls: 'tcp://host:2376',
    unix: 'unix:///var/run/docker.sock',
    tcp: 'tcp://host:2375',
  };
  const host = await deps.dialogs.showInputBox({
    title: vscode.l10n.t('Endpoint of "{0}"', name),
    value: examples[kind],
    validateInput: value =>
      value.startsWith(examples[kind].split('://')[0] + '://')
        ? undefined
        : vscode.l10n.t('Start with {0}', examples[kind].split('//')[0] + '//'),
  });
  if (!host) {
    return undefined;
  }
  const files: { ca?: string; cert?: string; key?: string } = {};
  if (kind === 'tls') {
    for (const file of ['ca', 'cert', 'key'] as const) {
      const picked = await deps.dialogs.showOpenDialog({
        title: vscode.l10n.t('{0}.pem for "{1}" (cancel to leave out)', file, name),
        canSelectMany: false,
      });
      files[file] = picked?.[0]?.fsPath;
    }
  }
  const description = await deps.dialogs.showInputBox({ title: vscode.l10n.t('Description of "{0}" (optional)', name) });
  return { name, host, description: description || undefined, ...files };
}
