// Compose values the schema types as free strings: each rule's must (reported, with the message a
// user needs) and must-not (every form Compose accepts, and interpolation) cases.
import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseGoDuration, composeDurationUnits } from '../../../../src/language/common/goDuration';
import { isSignal } from '../../../../src/language/common/signals';
import { parseByteSize } from '../../../../src/language/compose/text/byteSize';
import { coveredText, diagnose, findings } from './composeHarness';

/** A one-service file with `lines` (already indented by four) under the service. */
const service = (...lines: string[]) => `services:\n  web:\n    image: nginx\n${lines.map(l => `    ${l}\n`).join('')}`;

async function messages(text: string, code: string): Promise<string[]> {
  return (await findings(text, code)).map(d => d.message);
}

async function assertClean(code: string, texts: readonly string[]): Promise<void> {
  for (const text of texts) {
    assert.deepEqual(await messages(text, code), [], text);
  }
}

describe('compose values: durations', () => {
  it('reads durations as Compose does (str2duration: Go units plus d and w)', () => {
    for (const [text, ns] of [
      ['1m30s', 90e9],
      ['10s', 10e9],
      ['1h', 3600e9],
      ['500ms', 5e8],
      ['1.5h', 5400e9],
      ['0', 0],
      ['2d', 172800e9],
      ['1w', 604800e9],
      ['100us', 1e5],
      ['100µs', 1e5],
      ['.5s', 5e8],
      ['-1s', -1e9],
    ] as const) {
      assert.deepEqual(parseGoDuration(text, composeDurationUnits), { nanoseconds: ns }, text);
    }
    for (const text of ['30', '10sec', '1m 30s', '', 's', '1.5', 'forever', '1h-30m']) {
      assert.ok('error' in parseGoDuration(text, composeDurationUnits), text);
    }
  });

  it('reports a duration without a unit, an unknown unit with did-you-mean, a space, and sub-millisecond healthchecks', async () => {
    const text = service(
      'stop_grace_period: 10sec',
      'healthcheck:',
      '  test: ["CMD", "true"]',
      '  interval: "30"',
      '  timeout: 1m 30s',
      '  start_period: 500us',
      'deploy:',
      '  restart_policy:',
      '    delay: 5mins',
    );
    const found = await findings(text, 'compose.invalid-duration');
    assert.deepEqual(
      found.map(d => coveredText(text, d)),
      ['"30"', '1m 30s', '500us', '10sec', '5mins'],
    );
    const byValue = new Map(found.map(d => [coveredText(text, d), d.message]));
    // One sentence each: a did-you-mean question is not followed by a full stop.
    assert.deepEqual(
      found.filter(d => !/[^.?][.?]$/.test(d.message) || /\?\.$/.test(d.message)),
      [],
    );
    assert.match(
      byValue.get('10sec')!,
      /`10sec` in `stop_grace_period` of service `web` has the unknown unit `sec`.* did you mean `10s`\?/,
    );
    assert.match(byValue.get('"30"')!, /has no unit; write `30s`/);
    assert.match(byValue.get('1m 30s')!, /contains a space; write `1m30s`/);
    assert.match(byValue.get('500us')!, /shorter than 1ms/);
    assert.match(byValue.get('5mins')!, /`deploy.restart_policy.delay`.*did you mean `5m`\?/);
  });

  it('accepts every duration form Compose accepts, zero, and interpolation', async () => {
    await assertClean('compose.invalid-duration', [
      service(
        'stop_grace_period: 1m30s',
        'healthcheck:',
        '  interval: 10s',
        '  timeout: 500ms',
        '  start_period: 1.5h',
        '  start_interval: 0',
      ),
      service(
        'stop_grace_period: 2d',
        'deploy:',
        '  update_config:',
        '    delay: 10s',
        '    monitor: 1w',
        '  rollback_config:',
        '    delay: 0s',
      ),
      service('healthcheck:', '  interval: ${INTERVAL:-30s}', 'stop_grace_period: "${GRACE}"'),
    ]);
  });

  it('explains the value instead of repeating the schema error on the same line', async () => {
    const all = await diagnose(service('stop_grace_period: 30'));
    assert.deepEqual(
      all.map(d => d.code),
      ['compose.invalid-duration'],
    );
  });
});

describe('compose values: byte sizes', () => {
  it('reads sizes as go-units RAMInBytes does (binary units, any case, optional b or ib)', () => {
    for (const [text, bytes] of [
      ['512m', 512 * 1024 ** 2],
      ['2g', 2 * 1024 ** 3],
      ['2GB', 2 * 1024 ** 3],
      ['1.5g', 1.5 * 1024 ** 3],
      ['64MiB', 64 * 1024 ** 2],
      ['100k', 102400],
      ['100 kb', 102400],
      ['300b', 300],
      ['1048576', 1048576],
      ['-1', -1],
    ] as const) {
      assert.deepEqual(parseByteSize(text), { bytes }, text);
    }
    for (const text of ['1gig', '512mbs', 'lots', '-5m', '1x', 'g', '5 m b']) {
      assert.ok('error' in parseByteSize(text), text);
    }
  });

  it('reports malformed sizes with did-you-mean, and memory limits the engine refuses', async () => {
    const text = service(
      'mem_limit: 1gig',
      'shm_size: 64 megs',
      'deploy:',
      '  resources:',
      '    limits:',
      '      memory: 512',
      'blkio_config:',
      '  device_read_bps:',
      '    - path: /dev/sda',
      '      rate: 10mbps',
    );
    const byValue = new Map((await findings(text, 'compose.invalid-byte-size')).map(d => [coveredText(text, d), d.message]));
    assert.deepEqual([...byValue.keys()].sort(), ['10mbps', '1gig', '512', '64 megs']);
    assert.match(byValue.get('1gig')!, /`1gig` in `mem_limit` of service `web` has the unknown unit `gig`.*did you mean `1g`\?/);
    assert.match(byValue.get('64 megs')!, /did you mean `64m`\?/);
    assert.match(byValue.get('512')!, /is 512 bytes; the engine refuses memory limits and reservations under 6 MB/);
  });

  it('reports swap below memory, swap without memory, and a reservation above the limit', async () => {
    assert.match(
      (await messages(service('mem_limit: 1g', 'memswap_limit: 512m'), 'compose.invalid-byte-size'))[0],
      /below its memory limit/,
    );
    assert.match((await messages(service('memswap_limit: 1g'), 'compose.invalid-byte-size'))[0], /needs `mem_limit`/);
    assert.match((await messages(service('mem_limit: 256m', 'mem_reservation: 1g'), 'compose.invalid-byte-size'))[0], /above its limit/);
  });

  it('accepts every size form Compose accepts, unlimited swap and interpolation', async () => {
    await assertClean('compose.invalid-byte-size', [
      service('mem_limit: 512m', 'memswap_limit: -1', 'mem_reservation: 256M', 'shm_size: 2gb'),
      service('mem_limit: 1.5g', 'memswap_limit: 2g', 'shm_size: 67108864'),
      service(
        'mem_limit: ${MEM:-512m}',
        'deploy:',
        '  resources:',
        '    limits:',
        '      memory: 50M',
        '    reservations:',
        '      memory: 20M',
      ),
      service('volumes:', '  - type: tmpfs', '    target: /cache', '    tmpfs:', '      size: 100m'),
      service('build:', '  context: .', '  shm_size: 1GiB'),
    ]);
  });
});

describe('compose values: CPUs', () => {
  it('reports malformed and out-of-range CPU values', async () => {
    const text = service(
      'cpus: 50%',
      'cpu_shares: high',
      'cpu_period: 500',
      'cpuset: 0-3, 5',
      'deploy:',
      '  resources:',
      '    reservations:',
      '      cpus: two',
    );
    const byValue = new Map((await findings(text, 'compose.invalid-cpu-value')).map(d => [coveredText(text, d), d.message]));
    assert.deepEqual([...byValue.keys()].sort(), ['0-3, 5', '50%', '500', 'high', 'two']);
    assert.match(byValue.get('50%')!, /is a percentage; `cpus` counts CPUs, so write `0.5`/);
    assert.match(byValue.get('500')!, /outside 1000–1000000 microseconds/);
    assert.match(byValue.get('0-3, 5')!, /not a CPU list.*\(no spaces\)/);
    assert.match((await messages(service('cpuset: 3-1'), 'compose.invalid-cpu-value'))[0], /`3-1`, which ends before it starts/);
  });

  it('reports cpus with a CFS quota, and two different CPU limits', async () => {
    assert.match((await messages(service('cpus: 1.5', 'cpu_quota: 50000'), 'compose.invalid-cpu-value'))[0], /refuses the two together/);
    const distinct = service('cpus: 1', 'deploy:', '  resources:', '    limits:', "      cpus: '2'");
    assert.match((await messages(distinct, 'compose.invalid-cpu-value'))[0], /Compose refuses two different CPU limits/);
  });

  it('accepts the CPU forms Compose and the engine accept (more CPUs than this machine too)', async () => {
    await assertClean('compose.invalid-cpu-value', [
      service('cpus: 0.5', 'cpu_shares: 512', 'cpuset: 0-3,5', 'cpu_count: 2', 'cpu_percent: 50'),
      service("cpus: '256'", 'deploy:', '  resources:', '    limits:', "      cpus: '256'", '    reservations:', '      cpus: 0.25'),
      service('cpu_period: 100000', 'cpu_quota: 50000', 'cpu_rt_runtime: 950ms', 'cpu_rt_period: 1000000'),
      service('cpu_quota: -1', 'cpus: 2', 'cpuset: "0"'),
      service('cpus: ${CPUS:-1}', 'cpuset: ${CPUSET}'),
    ]);
  });
});

describe('compose values: stop_signal', () => {
  it('knows the engine signal names in every form', () => {
    for (const valid of ['SIGTERM', 'TERM', 'term', 'sigquit', '15', 'SIGRTMIN+3', 'RTMAX-1', 'SIGRTMIN', 'SIGUSR1', 'SIGWINCH']) {
      assert.ok(isSignal(valid), valid);
    }
    for (const invalid of ['SIGTERMINATE', '0', 'SIGRTMIN+16', 'SIG', 'STOP NOW', '65']) {
      assert.ok(!isSignal(invalid), invalid);
    }
  });

  it('reports a misspelt signal with did-you-mean, written as the user wrote theirs', async () => {
    assert.match(
      (await messages(service('stop_signal: SIGTREM'), 'compose.invalid-stop-signal'))[0],
      /`SIGTREM` in `stop_signal` of service `web` is not a signal — did you mean `SIGTERM`\?/,
    );
    assert.match((await messages(service('stop_signal: quiet'), 'compose.invalid-stop-signal'))[0], /did you mean `quit`\?/);
    assert.equal((await messages(service('stop_signal: 0'), 'compose.invalid-stop-signal')).length, 1);
  });

  it('accepts names with and without SIG, numbers and interpolation', async () => {
    await assertClean(
      'compose.invalid-stop-signal',
      ['SIGTERM', 'SIGINT', 'QUIT', 'sigusr2', '9', 'SIGRTMIN+1', '${STOP_SIGNAL:-SIGTERM}'].map(s => service(`stop_signal: ${s}`)),
    );
  });
});

describe('compose values: ulimits', () => {
  it('reports unknown names with did-you-mean, non-numbers and a soft limit above the hard one', async () => {
    const text = service(
      'ulimits:',
      '  nofiles: 65535',
      '  nproc:',
      '    soft: 4096',
      '    hard: 1024',
      '  memlock: unlimited',
      '  stack:',
      '    soft: 8m',
      '    hard: -1',
    );
    const byValue = new Map((await findings(text, 'compose.invalid-ulimit')).map(d => [coveredText(text, d), d.message]));
    assert.deepEqual([...byValue.keys()].sort(), ['4096', '8m', 'nofiles', 'unlimited']);
    assert.match(byValue.get('nofiles')!, /not a limit the engine knows — did you mean `nofile`\?/);
    assert.match(byValue.get('4096')!, /soft limit of `ulimits.nproc` in service `web` \(4096\) is above its hard limit \(1024\)/);
    assert.match(byValue.get('unlimited')!, /not a whole number \(write -1 for unlimited\)/);
  });

  it('accepts known limits as one number or soft and hard, -1 and interpolation', async () => {
    await assertClean('compose.invalid-ulimit', [
      service(
        'ulimits:',
        '  nproc: 65535',
        '  nofile:',
        '    soft: 20000',
        '    hard: 40000',
        '  memlock:',
        '    soft: -1',
        '    hard: -1',
      ),
      service('ulimits:', '  core: 0', '  stack:', '    soft: 8192', '    hard: -1', '  nofile: ${NOFILE:-1024}'),
    ]);
  });
});

describe('compose values: network_mode', () => {
  const twoServices = (mode: string, extra = '') =>
    `services:\n  web:\n    image: nginx\n    network_mode: ${mode}\n${extra}  db:\n    image: postgres\n`;

  it('reports an empty service: or container:, the service itself, and a misspelt keyword as a warning', async () => {
    assert.match((await messages(twoServices('"service:"'), 'compose.invalid-network-mode'))[0], /names no service/);
    assert.match((await messages(twoServices('"container:"'), 'compose.invalid-network-mode'))[0], /names no container/);
    assert.match((await messages(twoServices('service:web'), 'compose.invalid-network-mode'))[0], /own network namespace/);
    assert.match((await messages(twoServices('Services:db'), 'compose.invalid-network-mode'))[0], /did you mean `service:db`\?/);
    const [typo] = await findings(twoServices('hots'), 'compose.invalid-network-mode');
    assert.match(typo.message, /look for a network named `hots` — did you mean `host`\?/);
    assert.equal(typo.severity, DiagnosticSeverity.Warning);
  });

  it('reports network_mode together with networks, on networks', async () => {
    const text = twoServices('host', '    networks:\n      - back\n');
    const [found] = await findings(text, 'compose.invalid-network-mode');
    assert.match(found.message, /sets both `network_mode` and `networks`; Compose refuses the two together/);
    assert.equal(coveredText(text, found), 'networks');
  });

  it('accepts every form Compose accepts (an existing network by name too)', async () => {
    await assertClean(
      'compose.invalid-network-mode',
      ['bridge', 'host', 'none', 'service:db', 'container:my-proxy', 'container:4f1c2a', 'my_external_net', '${NET_MODE:-host}'].map(m =>
        twoServices(m),
      ),
    );
    assert.deepEqual(await messages(twoServices('service:nope'), 'compose.invalid-network-mode'), []);
  });
});

describe('compose values: devices', () => {
  it('reports relative paths, permissions in the target place, bad permissions and too many colons', async () => {
    const text = service(
      'devices:',
      '  - dev/ttyUSB0',
      '  - /dev/sda:rwm',
      '  - /dev/sdb:/dev/xvdb:rwx',
      '  - /dev/a:/dev/b:r:w',
      '  - source: /dev/kvm',
      '    target: kvm',
      '    permissions: rww',
    );
    const byValue = new Map((await findings(text, 'compose.invalid-device')).map(d => [coveredText(text, d), d.message]));
    assert.deepEqual([...byValue.keys()].sort(), [
      '/dev/a:/dev/b:r:w',
      '/dev/sda:rwm',
      '/dev/sdb:/dev/xvdb:rwx',
      'dev/ttyUSB0',
      'kvm',
      'rww',
    ]);
    assert.match(byValue.get('/dev/sda:rwm')!, /read as the container path `rwm`; write `\/dev\/sda:\/dev\/sda:rwm`/);
    assert.match(byValue.get('/dev/sdb:/dev/xvdb:rwx')!, /permissions `rwx`/);
  });

  it('accepts the short and long forms, CDI names, Windows device classes and interpolation', async () => {
    await assertClean('compose.invalid-device', [
      service(
        'devices:',
        '  - /dev/ttyUSB0',
        '  - /dev/sda:/dev/xvda',
        '  - /dev/sdb:/dev/xvdb:rwm',
        '  - /dev/fuse:/dev/fuse:r',
        '  - nvidia.com/gpu=all',
        '  - class/5B45201D-F2F2-4F3B-85BB-30FF1F953599',
        '  - ${DEVICE}:/dev/input',
        '  - source: /dev/kvm',
        '    target: /dev/kvm',
        '    permissions: rw',
      ),
    ]);
  });
});

describe('compose values: mount options', () => {
  it('warns about options Compose ignores, with did-you-mean, and contradictory options', async () => {
    const text = service('volumes:', '  - ./data:/data:readonly', '  - ./conf:/etc/app:ro,rw', '  - cache:/cache:copy');
    const found = await findings(text, 'compose.invalid-mount-option');
    assert.ok(found.every(d => d.severity === DiagnosticSeverity.Warning));
    const all = found.map(d => d.message);
    assert.equal(all.length, 3, all.join('\n'));
    assert.match(all[0], /option `readonly`, which Compose ignores — did you mean `ro`\?$/);
    assert.match(all[1], /sets access twice \(`ro`, `rw`\)/);
    assert.match(all[2], /option `copy`, which Compose ignores — did you mean `nocopy`\?/);
  });

  it('reports what Compose or the engine refuses: too many colons, bad propagation, tmpfs options and sizes', async () => {
    const text = service(
      'volumes:',
      '  - ./a:/a:ro:z',
      '  - type: bind',
      '    source: ./b',
      '    target: /b',
      '    bind:',
      '      propagation: rshard',
      'tmpfs:',
      '  - /run:size=64mb',
      '  - /tmp:sise=1g',
      '  - cache',
    );
    const found = await findings(text, 'compose.invalid-mount-option');
    assert.ok(found.every(d => d.severity === DiagnosticSeverity.Error));
    const all = found.map(d => d.message);
    assert.equal(all.length, 5, all.join('\n'));
    assert.match(all[0], /too many `:`/);
    assert.match(all[1], /not a propagation mode — did you mean `rshared`\?/);
    assert.match(all[2], /`size=64mb`; the kernel reads a number with k, m or g/);
    assert.match(all[3], /option `sise=1g`, which the engine refuses — did you mean `size`\?/);
    assert.match(all[4], /does not start with an absolute path/);
  });

  it('warns about sections of another mount type in the long syntax', async () => {
    const text = service(
      'volumes:',
      '  - type: volume',
      '    source: data',
      '    target: /data',
      '    bind:',
      '      create_host_path: true',
    );
    assert.match((await messages(text, 'compose.invalid-mount-option'))[0], /`type: volume` volume .* has `bind` options/);
  });

  it('accepts every option Compose and the engine accept', async () => {
    await assertClean('compose.invalid-mount-option', [
      service(
        'volumes:',
        '  - ./data:/data:ro,z',
        '  - ./logs:/logs:rw,Z,rshared',
        '  - cache:/cache:nocopy',
        '  - nextcloud:/var/www/html:z,ro',
        '  - ./src:/src:cached',
        '  - /var/run/docker.sock:/var/run/docker.sock:ro',
        '  - C:\\\\data:/data:ro',
        '  - data:/var/lib/data',
        '  - /anonymous',
        '  - ${HOST_DIR:-./x}:/x:ro',
        '  - type: bind',
        '    source: ./b',
        '    target: /b',
        '    bind:',
        '      propagation: rslave',
        '      selinux: z',
        '  - type: tmpfs',
        '    target: /t',
        '    tmpfs:',
        '      size: 64m',
        'tmpfs:',
        '  - /run',
        '  - /tmp:size=64m,mode=1777,noexec,uid=1000',
        '  - /cache:size=50%',
      ),
      service('tmpfs: /run:rw,noexec,nosuid,size=65536k'),
    ]);
  });
});

describe('compose values: port forms Compose reads', () => {
  it('accepts an upper-case protocol, host port 0 and an unbracketed IPv6 address, as go-connections does', async () => {
    await assertClean('compose.invalid-port', [
      service(
        'ports:',
        '  - "8080:80/TCP"',
        '  - "0:80"',
        '  - "::1:8080:80"',
        '  - "8000-8001:80"',
        '  - target: 80',
        '    protocol: UDP',
      ),
    ]);
  });

  it('reports a host address that is not an IP, a target range and a range-size mismatch', async () => {
    const text = service(
      'ports:',
      '  - "localhost:8080:80"',
      '  - "9000-9001:80-82"',
      '  - target: "80-81"',
      '  - target: 80',
      '    host_ip: 300.1.1.1',
    );
    const all = await messages(text, 'compose.invalid-port');
    assert.equal(all.length, 4, all.join('\n'));
    assert.match(all[0], /`localhost` in port `localhost:8080:80` is not an IP address/);
    assert.match(all[1], /different size/);
    assert.match(all[2], /`target` takes one port — a range goes in the short syntax/);
    assert.match(all[3], /`host_ip: 300.1.1.1` is not an IP address/);
  });
});
