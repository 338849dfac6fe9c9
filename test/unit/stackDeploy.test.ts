import * as assert from 'node:assert/strict';
import { defaultStackName, stackDeployCommand, stackNameProblem } from '../../src/compose/stackDeploy';

describe('stack deploy command', () => {
  const unix = {
    kind: 'unix' as const,
    url: 'unix:///var/run/docker.sock',
    socketPath: '/var/run/docker.sock',
    source: { kind: 'default' as const },
  };

  it('runs docker stack deploy with the compose file and registry auth, against the engine Dockhand uses', () => {
    const { program, args, env } = stackDeployCommand(unix, '/p/docker-compose.yml', 'shop', {
      PATH: '/bin',
      DOCKER_CONTEXT: 'remote',
      DOCKER_HOST: 'tcp://elsewhere:2375',
    });
    assert.equal(program, 'docker');
    assert.deepEqual(args, ['stack', 'deploy', '--compose-file', '/p/docker-compose.yml', '--with-registry-auth', 'shop']);
    assert.equal(env.DOCKER_HOST, 'unix:///var/run/docker.sock');
    assert.equal(env.DOCKER_CONTEXT, undefined);
    assert.equal(env.PATH, '/bin');
  });

  it("passes a TLS engine's certificate files as flags", () => {
    const tcp = {
      kind: 'tcp' as const,
      url: 'tcp://127.0.0.1:2376',
      host: '127.0.0.1',
      port: 2376,
      source: { kind: 'setting' as const },
      tls: { verify: true, ca: '/c/ca.pem', cert: '/c/cert.pem', key: '/c/key.pem' },
    };
    const { args, env } = stackDeployCommand(tcp, '/p/stack.yml', 'app', {});
    assert.deepEqual(args.slice(0, 7), ['--tlsverify', '--tlscacert', '/c/ca.pem', '--tlscert', '/c/cert.pem', '--tlskey', '/c/key.pem']);
    assert.equal(env.DOCKER_HOST, 'tcp://127.0.0.1:2376');
  });

  it('refuses stack names that are not names (flags, shell characters, spaces)', () => {
    for (const bad of ['-rm', 'a;b', 'a b', '$(x)', '', '_x', 'a.b']) {
      assert.ok(stackNameProblem(bad), bad);
      assert.throws(() => stackDeployCommand(unix, '/p/c.yml', bad, {}));
    }
    assert.equal(stackNameProblem('getstartedlab'), undefined);
    assert.equal(stackNameProblem('shop_prod-2'), undefined);
  });

  it("suggests the file's name: or its folder, made a valid stack name", () => {
    assert.equal(defaultStackName('/work/Get Started/docker-compose.yml', 'services: {}\n'), 'get-started');
    assert.equal(defaultStackName('/work/x/compose.yaml', 'name: shop\nservices: {}\n'), 'shop');
    assert.equal(defaultStackName('/work/x/compose.yaml', 'name: ${PROJECT}\n'), 'x');
  });
});
