import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RegistryError } from '../RegistryError';

/** The parts of `~/.docker/config.json` that concern registries (everything else is kept as it is). */
export interface DockerConfig {
  auths?: Record<string, { auth?: string; identitytoken?: string; username?: string; password?: string; email?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
  [other: string]: unknown;
}

/** The docker CLI's configuration folder: `DOCKER_CONFIG`, else `~/.docker`. Read each time: tests and users may change it. */
export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
}

/**
 * Reads and writes config.json the way the CLI does: unknown keys survive a write, the file is
 * replaced atomically and stays readable by its owner only (it may hold base64 passwords).
 */
export class DockerConfigFile {
  constructor(private readonly dir: () => string = () => dockerConfigDir()) {}

  get path(): string {
    return path.join(this.dir(), 'config.json');
  }

  /** The file's content; an absent file is an empty configuration, a malformed one an error naming it. */
  async read(): Promise<DockerConfig> {
    let text: string;
    try {
      text = await fs.promises.readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as { code?: string }).code === 'ENOENT') {
        return {};
      }
      throw new RegistryError('failed', `Cannot read ${this.path}: ${(err as Error).message}`);
    }
    if (!text.trim()) {
      return {};
    }
    try {
      const value: unknown = JSON.parse(text);
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new Error('not a JSON object');
      }
      return value as DockerConfig;
    } catch (err) {
      throw new RegistryError('invalidResponse', `${this.path} is not valid JSON (${(err as Error).message}); fix or remove it.`);
    }
  }

  /** Applies `change` to the current content and writes it back. */
  async update(change: (config: DockerConfig) => void): Promise<void> {
    const config = await this.read();
    change(config);
    await fs.promises.mkdir(this.dir(), { recursive: true, mode: 0o700 });
    const temp = `${this.path}.${process.pid}.tmp`;
    await fs.promises.writeFile(temp, `${JSON.stringify(config, null, '\t')}\n`, { mode: 0o600 });
    await fs.promises.rename(temp, this.path);
  }
}
