import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { composeSchema, validateAgainstSchema } from '../../../../src/language/compose/schema/composeSchema';
import { repoRoot } from '../../../support/fixtures';

const run = promisify(execFile);

describe('Compose schema validator compiled ahead of time', () => {
  it('is what ajv generates from the installed dclint schema now (rerun the generator when either changes)', async () => {
    await run(process.execPath, [path.join(repoRoot, 'scripts', 'generate-compose-validator.mjs'), '--check'], { cwd: repoRoot });
  });

  it('carries the schema dclint ships, for completion and hover', () => {
    const shipped = path.join(repoRoot, 'node_modules', 'dclint', 'schemas', 'compose.schema.json');
    assert.deepEqual(composeSchema(), JSON.parse(fs.readFileSync(shipped, 'utf8')));
  });

  it('reports every error with the schema that failed (allErrors, verbose)', () => {
    const errors = validateAgainstSchema({ services: { web: { image: 'nginx', restart: 3, vloumes: [] } } });
    assert.deepEqual(errors.map(e => [e.instancePath, e.keyword]).sort(), [
      ['/services/web', 'additionalProperties'],
      ['/services/web/restart', 'type'],
    ]);
    const unknown = errors.find(e => e.keyword === 'additionalProperties');
    assert.ok(
      (unknown?.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties?.volumes,
      'parentSchema is the service schema',
    );
  });
});
