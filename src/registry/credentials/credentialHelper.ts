import { spawn } from 'node:child_process';
import { RegistryError } from '../RegistryError';

/** What a helper stores per server: the docker credential helper protocol's JSON. */
export interface HelperCredentials {
  readonly ServerURL?: string;
  readonly Username: string;
  readonly Secret: string;
}

const notFound = /credentials not found/i;

/**
 * Runs `docker-credential-<name> <action>` with `input` on stdin, as the docker CLI does: the
 * program is found on PATH and never through a shell. Resolves to stdout, or undefined when the
 * helper says it has no credentials for that server.
 */
export function runHelper(
  name: string,
  action: 'get' | 'store' | 'erase' | 'list',
  input: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const program = `docker-credential-${name}`;
  return new Promise((resolve, reject) => {
    const child = spawn(program, [action], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', e =>
      reject(
        new RegistryError(
          'failed',
          (e as { code?: string }).code === 'ENOENT'
            ? `The credential helper ${program} named in the docker configuration is not installed (not found on PATH).`
            : `The credential helper ${program} could not run: ${e.message}`,
        ),
      ),
    );
    child.on('close', code => {
      const stdout = Buffer.concat(out).toString('utf8');
      if (code === 0) {
        resolve(stdout);
        return;
      }
      // Helpers report a missing entry on stdout (the protocol) or stderr (some implementations).
      const message = stdout.trim() || Buffer.concat(err).toString('utf8').trim();
      if (notFound.test(message)) {
        resolve(undefined);
        return;
      }
      reject(new RegistryError('failed', `The credential helper ${program} ${action} failed: ${message || `exit code ${code}`}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

export async function helperGet(name: string, serverUrl: string): Promise<HelperCredentials | undefined> {
  const out = await runHelper(name, 'get', serverUrl);
  if (out === undefined) {
    return undefined;
  }
  try {
    const parsed = JSON.parse(out) as Partial<HelperCredentials>;
    if (typeof parsed.Secret !== 'string' || !parsed.Secret) {
      return undefined;
    }
    return { ServerURL: parsed.ServerURL ?? serverUrl, Username: parsed.Username ?? '', Secret: parsed.Secret };
  } catch {
    throw new RegistryError(
      'invalidResponse',
      `The credential helper docker-credential-${name} answered get with something that is not JSON.`,
    );
  }
}

export async function helperStore(name: string, credentials: HelperCredentials): Promise<void> {
  await runHelper(name, 'store', JSON.stringify(credentials));
}

export async function helperErase(name: string, serverUrl: string): Promise<void> {
  await runHelper(name, 'erase', serverUrl);
}

/** The servers a helper holds credentials for (`list`: server URL → username). */
export async function helperList(name: string): Promise<string[]> {
  const out = await runHelper(name, 'list', '');
  if (!out?.trim()) {
    return [];
  }
  try {
    const parsed = JSON.parse(out) as unknown;
    return parsed && typeof parsed === 'object' ? Object.keys(parsed) : [];
  } catch {
    throw new RegistryError(
      'invalidResponse',
      `The credential helper docker-credential-${name} answered list with something that is not JSON.`,
    );
  }
}
