import * as assert from 'node:assert/strict';
import {
  composeServiceOf,
  containerContextValue,
  containerDescription,
  containerIcon,
  containerTooltip,
  publishedPorts,
} from '../../../../src/ui/trees/containers/containerPresentation';
import { summary, t } from './sample';

describe('Containers view items', () => {
  it('encodes state, health and published ports in contextValue', () => {
    assert.equal(containerContextValue(summary({ state: 'exited' })), 'container.exited');
    assert.equal(containerContextValue(summary({ state: 'running', health: 'healthy' })), 'container.running.healthy');
    assert.equal(
      containerContextValue(
        summary({ state: 'running', ports: [{ containerPort: 80, protocol: 'tcp', hostPort: 8080, hostIp: '0.0.0.0' }] }),
      ),
      'container.running.ports',
    );
    assert.equal(
      containerContextValue(summary({ state: 'running', ports: [{ containerPort: 80, protocol: 'tcp' }] })),
      'container.running',
      'an exposed port that is not published',
    );
  });

  it('marks containers of a compose service whose file compose recorded, for the service actions', () => {
    const labels = { 'com.docker.compose.project.config_files': '/w/shop/compose.yaml,/w/shop/compose.override.yaml' };
    const web = summary({
      state: 'running',
      composeProject: 'shop',
      composeService: 'web',
      labels,
      ports: [{ containerPort: 80, protocol: 'tcp', hostPort: 8080 }],
    });
    assert.equal(containerContextValue(web), 'container.running.service.ports');
    assert.deepEqual(composeServiceOf(web), { service: 'web', file: '/w/shop/compose.yaml' });
    assert.equal(
      composeServiceOf(summary({ composeProject: 'shop', composeService: 'web' })),
      undefined,
      'no recorded file: no service actions',
    );
  });

  it('lists a port published on both address families once', () => {
    const ports = publishedPorts(
      summary({
        ports: [
          { containerPort: 80, protocol: 'tcp', hostPort: 8080, hostIp: '0.0.0.0' },
          { containerPort: 80, protocol: 'tcp', hostPort: 8080, hostIp: '::' },
          { containerPort: 443, protocol: 'tcp' },
        ],
      }),
    );
    assert.deepEqual(
      ports.map(p => p.hostPort),
      [8080],
    );
  });

  it('picks an icon and colour per state and health', () => {
    assert.deepEqual(containerIcon(summary({ state: 'running' })), { icon: 'vm-running', color: 'charts.green' });
    assert.equal(containerIcon(summary({ state: 'running', health: 'unhealthy' })).color, 'testing.iconFailed');
    assert.equal(containerIcon(summary({ state: 'running', health: 'starting' })).icon, 'loading~spin');
    assert.equal(containerIcon(summary({ state: 'paused' })).icon, 'debug-pause');
    assert.equal(containerIcon(summary({ state: 'restarting' })).icon, 'sync~spin');
    assert.equal(containerIcon(summary({ state: 'dead' })).icon, 'error');
    assert.equal(containerIcon(summary({ state: 'exited', status: 'Exited (0) 1 minute ago' })).color, 'disabledForeground');
    assert.equal(containerIcon(summary({ state: 'exited', status: 'Exited (137) 1 minute ago' })).color, 'charts.red');
    assert.equal(containerIcon(summary({ state: 'created' })).color, 'charts.blue');
  });

  it('describes a container by image and status', () => {
    assert.equal(containerDescription(summary()), 'nginx:latest · Up 5 minutes');
  });

  it('shows ports, command, created, networks with IPs and mounts in the tooltip', () => {
    const text = containerTooltip(
      summary({
        name: 'web_1',
        ports: [{ containerPort: 80, protocol: 'tcp', hostPort: 8080, hostIp: '0.0.0.0' }],
        networks: [{ network: 'shop_default', ipAddress: '172.18.0.2' }],
        mounts: [{ type: 'volume', source: '/var/lib/docker/volumes/data/_data', destination: '/data', name: 'data', readWrite: false }],
        composeProject: 'shop',
        composeService: 'web',
      }),
      t,
    );
    assert.match(text, /\*\*web\\_1\*\* `a1b2c3d4e5f6`/);
    assert.match(text, /Ports: `0\.0\.0\.0:8080 → 80\/tcp`/);
    assert.match(text, /Command: `nginx -g "daemon off;"`/);
    assert.match(text, /Created: 2026-11-23 10:00:00 UTC/);
    assert.match(text, /Networks: shop\\_default `172\.18\.0\.2`/);
    assert.match(text, /- `data` → `\/data` \(volume, ro\)/);
    assert.match(text, /Compose: shop \/ web/);
  });
});
