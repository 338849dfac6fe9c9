import { composeLabels, type ContainerSummary } from '../../../engine';

/** Formats a user-visible message: `vscode.l10n.t` in the extension, a plain formatter in unit tests. */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/**
 * `container.<state>[.<health>][.ports]`: menus match on it (`/^container\.running\b/`,
 * `/\.ports$/`) so that each shows only the actions that apply.
 */
export function containerContextValue(c: ContainerSummary): string {
  // `service`: a container of a compose service whose compose file is known (service actions apply).
  return ['container', c.state, c.health, composeServiceOf(c) ? 'service' : undefined, publishedPorts(c).length ? 'ports' : undefined]
    .filter(Boolean)
    .join('.');
}

/** Ports reachable from the host: those the engine published with a host port. */
export function publishedPorts(c: ContainerSummary): Array<{ hostPort: number; containerPort: number; protocol: string; hostIp?: string }> {
  const seen = new Set<number>();
  const ports: Array<{ hostPort: number; containerPort: number; protocol: string; hostIp?: string }> = [];
  for (const p of c.ports) {
    // The engine lists a port once per address family (0.0.0.0 and ::); one entry is enough.
    if (p.hostPort && !seen.has(p.hostPort)) {
      seen.add(p.hostPort);
      ports.push({ hostPort: p.hostPort, containerPort: p.containerPort, protocol: p.protocol, hostIp: p.hostIp });
    }
  }
  return ports;
}

/** A codicon id and a theme color id for the container's state and health. */
export function containerIcon(c: ContainerSummary): { icon: string; color: string } {
  if (c.state === 'running') {
    switch (c.health) {
      case 'healthy':
        return { icon: 'pass-filled', color: 'testing.iconPassed' };
      case 'unhealthy':
        return { icon: 'warning', color: 'testing.iconFailed' };
      case 'starting':
        return { icon: 'loading~spin', color: 'charts.yellow' };
      default:
        return { icon: 'vm-running', color: 'charts.green' };
    }
  }
  switch (c.state) {
    case 'paused':
      return { icon: 'debug-pause', color: 'charts.yellow' };
    case 'restarting':
      return { icon: 'sync~spin', color: 'charts.orange' };
    case 'dead':
      return { icon: 'error', color: 'charts.red' };
    case 'created':
      return { icon: 'vm-outline', color: 'charts.blue' };
    case 'removing':
      return { icon: 'trash', color: 'disabledForeground' };
    case 'exited':
      return { icon: 'vm-outline', color: exitedWithError(c) ? 'charts.red' : 'disabledForeground' };
    default:
      return { icon: 'vm-outline', color: 'disabledForeground' };
  }
}

/** "Exited (137) 3 minutes ago": a non-zero code is worth a different colour. */
function exitedWithError(c: ContainerSummary): boolean {
  const code = /Exited \((\d+)\)/.exec(c.status)?.[1];
  return code !== undefined && code !== '0';
}

export function containerDescription(c: ContainerSummary): string {
  return `${c.image} · ${c.status || c.state}`;
}

/** Markdown code span that survives backticks in the value. */
function code(value: string): string {
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

/** The hover: what `docker ps` and `docker inspect` are usually run to find out. */
export function containerTooltip(c: ContainerSummary, t: Translate): string {
  const lines = [`**${escapeMarkdown(c.name)}** ${code(c.id.slice(0, 12))}`];
  lines.push(t('Image: {0}', code(c.image)));
  lines.push(t('Status: {0}', escapeMarkdown(c.status || c.state)));
  if (c.command) {
    lines.push(t('Command: {0}', code(c.command)));
  }
  lines.push(
    t(
      'Created: {0}',
      c.created
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC'),
    ),
  );
  if (c.composeProject) {
    lines.push(t('Compose: {0} / {1}', escapeMarkdown(c.composeProject), escapeMarkdown(c.composeService ?? '?')));
  }
  const ports = c.ports.map(p =>
    p.hostPort ? `${p.hostIp ?? ''}:${p.hostPort} → ${p.containerPort}/${p.protocol}` : `${p.containerPort}/${p.protocol}`,
  );
  if (ports.length) {
    lines.push(t('Ports: {0}', [...new Set(ports)].map(code).join(', ')));
  }
  if (c.networks.length) {
    lines.push(
      t('Networks: {0}', c.networks.map(n => `${escapeMarkdown(n.network)}${n.ipAddress ? ` ${code(n.ipAddress)}` : ''}`).join(', ')),
    );
  }
  if (c.mounts.length) {
    const mounts = c.mounts.map(m => `- ${code(m.name ?? m.source)} → ${code(m.destination)} (${m.type}${m.readWrite ? '' : ', ro'})`);
    lines.push(`${t('Mounts:')}\n${mounts.join('\n')}`);
  }
  return lines.join('\n\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, ch => `\\${ch}`);
}

/** The compose service a container belongs to and the compose file that defines it, if compose recorded them. */
export function composeServiceOf(c: ContainerSummary): { service: string; file: string } | undefined {
  const file = c.labels[composeLabels.configFiles]?.split(',')[0]?.trim();
  return c.composeService && file ? { service: c.composeService, file } : undefined;
}
