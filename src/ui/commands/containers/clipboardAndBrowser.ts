import * as vscode from 'vscode';
import { publishedPorts } from '../../trees/containers/containerPresentation';
import type { CommandDeps } from '../shared/CommandDeps';
import { containerTarget } from './containerTargets';

/** Copy id / copy name: the full id, or the name, on the clipboard. Resolves to what was copied. */
export async function copyToClipboard(deps: CommandDeps, what: 'id' | 'name', ...args: unknown[]) {
  const target = await containerTarget(deps, args);
  if (!target) {
    return undefined;
  }
  const text = what === 'id' ? target.id : target.name;
  await vscode.env.clipboard.writeText(text);
  return text;
}

/**
 * Opens a published port in the browser, on the engine's host: the one the caller names (second
 * argument), the only one, or the one the user picks. Resolves to the address opened.
 */
export async function openPort(deps: CommandDeps, ...args: unknown[]) {
  const target = await containerTarget(deps, args, { applies: c => c.state === 'running' && publishedPorts(c).length > 0 });
  if (!target) {
    return undefined;
  }
  const summary = target.summary ?? (await deps.engine().listContainers({ all: true })).find(c => c.id === target.id);
  const ports = summary ? publishedPorts(summary) : [];
  if (ports.length === 0) {
    void deps.dialogs.showInformationMessage(vscode.l10n.t('Container "{0}" publishes no port on the host.', target.name));
    return undefined;
  }
  const asked = typeof args[1] === 'number' ? args[1] : undefined;
  const port =
    asked !== undefined
      ? ports.find(p => p.hostPort === asked)
      : ports.length === 1
        ? ports[0]
        : (
            await deps.dialogs.showQuickPick(
              ports.map(p => ({ label: String(p.hostPort), description: `→ ${p.containerPort}/${p.protocol}`, port: p })),
              { placeHolder: vscode.l10n.t('Choose a port to open') },
            )
          )?.port;
  if (!port) {
    return undefined;
  }
  // On a remote engine the port is on the remote host, or on its loopback (then forwarded over ssh).
  const reached = await deps.engine().reachPublishedPort(port.hostIp, port.hostPort);
  const uri = vscode.Uri.parse(`http://${reached.host.includes(':') ? `[${reached.host}]` : reached.host}:${reached.port}`);
  await vscode.env.openExternal(uri);
  return uri.toString();
}
