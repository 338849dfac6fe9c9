import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import { composeDoc, composeFeatures, coveredText, findings } from './composeHarness';

// The user's notes' swarm example (docker stack deploy -c docker-compose.yml getstartedlab), plus keys Swarm ignores.
const notesExample = `version: '3'
services:
  web:
    image: zoeminghong/docker-demp:v1.0.0
    build: .
    container_name: web
    restart: always
    depends_on:
      db:
        condition: service_healthy
    deploy:
      replicas: 5
      resources:
        limits:
          cpus: '0.1'
          memory: 50M
      restart_policy:
        condition: on-failure
      placement:
        constraints: [node.role == manager]
      update_config:
        parallelism: 1
    ports:
      - '4000:80'
    networks:
      - webnet
  db:
    image: redis:7
    privileged: true
networks:
  webnet:
`;

describe('compose diagnostics: Swarm', () => {
  it('hints at every key docker stack deploy ignores, in a file that uses deploy:', async () => {
    const found = await findings(notesExample, 'compose.swarm-ignored-key');
    assert.deepEqual(
      found.map(d => coveredText(notesExample, d)),
      ['build', 'container_name', 'restart', 'depends_on', 'privileged'],
    );
    assert.ok(found.every(d => d.severity === DiagnosticSeverity.Hint));
    assert.match(found[2]?.message ?? '', /deploy\.restart_policy/);
    assert.match(found[3]?.message ?? '', /`depends_on` and its conditions/);
  });

  it('is quiet on a plain compose file (no deploy:, not named as a stack file)', async () => {
    const plain =
      'services:\n  web:\n    build: .\n    container_name: web\n    restart: always\n    depends_on: [db]\n  db:\n    image: redis:7\n';
    assert.deepEqual(await findings(plain, 'compose.swarm-ignored-key'), []);
  });

  it('treats a file named as a stack file as meant for Swarm', async () => {
    const text = 'services:\n  web:\n    image: web:1\n    restart: always\n';
    const features = composeFeatures();
    const stackFile = composeDoc(text, 'file:///project/docker-stack.yml');
    const found = (await features.validate(stackFile, neverCancelled)).filter(d => d.code === 'compose.swarm-ignored-key');
    assert.deepEqual(
      found.map(d => coveredText(text, d)),
      ['restart'],
    );
  });

  it('says which deploy: keys docker compose up ignores, and not those it honours', async () => {
    const found = await findings(notesExample, 'compose.compose-ignored-deploy-key');
    assert.deepEqual(
      found.map(d => coveredText(notesExample, d)),
      ['placement', 'update_config'],
    );
    assert.match(found[0]?.message ?? '', /only takes effect with `docker stack deploy`/);
    const honoured =
      'services:\n  web:\n    image: x\n    deploy:\n      replicas: 2\n      resources: { limits: { memory: 50M } }\n      restart_policy: { condition: on-failure }\n';
    assert.deepEqual(await findings(honoured, 'compose.compose-ignored-deploy-key'), []);
  });

  it('offers Deploy Stack as a CodeLens on files that use deploy:, and not on others', async () => {
    const features = composeFeatures();
    const lenses = await features.codeLenses(composeDoc(notesExample), neverCancelled);
    const deploy = lenses.filter(l => l.command?.command === 'dockhand.swarm.stacks.deploy');
    assert.equal(deploy.length, 1);
    assert.equal(deploy[0]?.command?.title, 'Deploy Stack');
    const plain = await features.codeLenses(composeDoc('services:\n  web:\n    image: x\n'), neverCancelled);
    assert.ok(!plain.some(l => l.command?.command === 'dockhand.swarm.stacks.deploy'));
  });
});
