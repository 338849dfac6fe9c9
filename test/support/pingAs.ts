// Pings the engine at argv[2] and prints the classified outcome as JSON. The engine tier runs
// it as another user, to see what a user outside the docker group sees.
import { connectEngine, toEngineError } from '../../src/engine';

connectEngine(undefined, { DOCKER_HOST: process.argv[2] })
  .ping()
  .then(() => console.log(JSON.stringify({ kind: 'ok', message: '' })))
  .catch((err: unknown) => {
    const e = toEngineError(err);
    console.log(JSON.stringify({ kind: e.kind, message: e.message }));
  });
