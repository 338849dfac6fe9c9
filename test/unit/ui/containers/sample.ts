import { composeLabels, type ContainerSummary } from '../../../../src/engine';

/** A container summary as the engine mapper produces it, with the fields a test cares about. */
export function summary(overrides: Partial<ContainerSummary> = {}): ContainerSummary {
  return {
    id: 'a1b2c3d4e5f6a7b8c9d0',
    name: 'web',
    image: 'nginx:latest',
    imageId: 'sha256:1',
    command: 'nginx -g "daemon off;"',
    created: new Date('2026-11-23T10:00:00Z'),
    state: 'running',
    status: 'Up 5 minutes',
    ports: [],
    labels: {},
    networks: [],
    mounts: [],
    // The mapper reads these from the labels.
    composeProject: overrides.labels?.[composeLabels.project],
    composeService: overrides.labels?.[composeLabels.service],
    ...overrides,
  };
}

/** The placeholder formatter vscode.l10n.t applies, for pure functions that take one. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  return message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
}
