// The engine under test: Dockhand's own dockerode engine on the test socket, plus helpers the
// engine-tier suites share.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { createDockerodeEngine, EngineError, type DockerEngine, type EngineErrorKind } from '../../src/engine';

export function engine(): DockerEngine {
  const socket = process.env.DOCKHAND_TEST_SOCKET ?? '/var/run/docker.sock';
  return createDockerodeEngine({ url: `unix://${socket}`, kind: 'unix', socketPath: socket, source: { kind: 'default' } });
}

/** Asserts that `promise` rejects with an EngineError of `kind` whose message matches `message`. */
export async function rejectsWith(promise: Promise<unknown>, kind: EngineErrorKind, message?: RegExp): Promise<EngineError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof EngineError, `expected an EngineError, got ${String(err)}`);
    assert.equal(err.kind, kind, `expected kind ${kind}, got ${err.kind}: ${err.message}`);
    if (message) {
      assert.match(err.message, message);
    }
    return err;
  }
  assert.fail(`expected a rejection with kind ${kind}`);
}

export async function tempDir(prefix = 'dockhand-test-'): Promise<string> {
  return fs.promises.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
  }
  return out;
}
