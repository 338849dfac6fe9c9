import * as assert from 'node:assert/strict';
import { defaultStackName, stackDeployCommand, stackNameProblem } from '../../src/compose/stackDeploy';

describe('stack deploy command', () => {
  it('runs docker stack deploy with the compose file and registry auth, in the environment given', () => {
    const env = { PATH: '/bin', DOCKER_HOST: 'unix:///var/run/docker.sock' };
    const command = stackDeployCommand('/p/docker-compose.yml', 'shop', env);
    assert.equal(command.program, 'docker');
    assert.deepEqual(command.args, ['stack', 'deploy', '--compose-file', '/p/docker-compose.yml', '--with-registry-auth', 'shop']);
    assert.equal(command.env, env);
  });

  it('refuses stack names that are not names (flags, shell characters, spaces)', () => {
    for (const bad of ['-rm', 'a;b', 'a b', '$(x)', '', '_x', 'a.b']) {
      assert.ok(stackNameProblem(bad), bad);
      assert.throws(() => stackDeployCommand('/p/c.yml', bad, {}));
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
