import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDockerHost } from '../connection/parseDockerHost';
import { EngineError } from '../EngineError';
import { contextNamePattern, type ContextSpec, type DockerContext } from './contextTypes';

interface MetaFile {
  Name?: unknown;
  Metadata?: { Description?: unknown };
  Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } };
}

const tlsFiles = ['ca.pem', 'cert.pem', 'key.pem'] as const;

/**
 * The docker CLI's context store in a config folder (DOCKER_CONFIG or ~/.docker), read and
 * written exactly as `docker context create/use/rm` do: contexts/meta/<sha256(name)>/meta.json,
 * TLS files in contexts/tls/<sha256(name)>/docker/, the current context in config.json. So the
 * CLI and Dockhand always see the same contexts.
 */
export class ContextStore {
  constructor(
    readonly configDir: string,
    /** The `default` context's endpoint: DOCKER_HOST, or the platform's socket. */
    private readonly defaultHost: string,
  ) {}

  get metaRoot(): string {
    return path.join(this.configDir, 'contexts', 'meta');
  }

  /** `default` first, then the others by name, as `docker context ls` lists them. */
  async list(): Promise<DockerContext[]> {
    let ids: string[] = [];
    try {
      ids = await fs.promises.readdir(this.metaRoot);
    } catch {
      // No contexts folder: only `default`.
    }
    const contexts = await Promise.all(ids.filter(id => /^[0-9a-f]{64}$/.test(id)).map(id => this.readMeta(id)));
    const named = contexts.filter((c): c is DockerContext => c !== undefined).sort((a, b) => a.name.localeCompare(b.name));
    return [this.defaultContext(), ...named];
  }

  async get(name: string): Promise<DockerContext> {
    if (name === 'default') {
      return this.defaultContext();
    }
    const context = await this.readMeta(contextId(name));
    if (!context) {
      throw new EngineError('notFound', `Docker context "${name}" does not exist.`);
    }
    return context;
  }

  /** The context the docker CLI uses when neither DOCKER_HOST nor DOCKER_CONTEXT says otherwise. */
  async cliCurrent(): Promise<string> {
    const config = await this.readConfig();
    return typeof config.currentContext === 'string' && config.currentContext ? config.currentContext : 'default';
  }

  async create(spec: ContextSpec): Promise<DockerContext> {
    if (spec.name === 'default') {
      throw new EngineError('invalid', '"default" is a reserved context name.');
    }
    if (!contextNamePattern.test(spec.name)) {
      throw new EngineError(
        'invalid',
        `"${spec.name}" is not a valid context name: use letters, digits and _ . + - (at least two characters, starting with a letter or digit).`,
      );
    }
    try {
      parseDockerHost(spec.host, { kind: 'context', name: spec.name });
    } catch (err) {
      throw new EngineError('invalid', err instanceof Error ? err.message : String(err));
    }
    const id = contextId(spec.name);
    const metaDir = path.join(this.metaRoot, id);
    if (fs.existsSync(metaDir)) {
      throw new EngineError('conflict', `Docker context "${spec.name}" already exists.`);
    }
    const material = { ca: spec.ca, cert: spec.cert, key: spec.key };
    const contents = await Promise.all(
      tlsFiles.map(async file => {
        const source = material[file.replace('.pem', '') as keyof typeof material];
        if (!source) {
          return undefined;
        }
        try {
          return await fs.promises.readFile(source);
        } catch (err) {
          throw new EngineError('invalid', `Cannot read ${source}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }),
    );
    const meta = {
      Name: spec.name,
      Metadata: spec.description ? { Description: spec.description } : {},
      Endpoints: { docker: { Host: spec.host, SkipTLSVerify: spec.skipTlsVerify ?? false } },
    };
    if (contents.some(Boolean)) {
      const tlsDir = path.join(this.configDir, 'contexts', 'tls', id, 'docker');
      await fs.promises.mkdir(tlsDir, { recursive: true, mode: 0o700 });
      await Promise.all(
        tlsFiles.map(async (file, i) => {
          const data = contents[i];
          if (data) {
            await fs.promises.writeFile(path.join(tlsDir, file), data, { mode: 0o600 });
          }
        }),
      );
    }
    await fs.promises.mkdir(metaDir, { recursive: true, mode: 0o755 });
    await fs.promises.writeFile(path.join(metaDir, 'meta.json'), JSON.stringify(meta), { mode: 0o644 });
    return this.get(spec.name);
  }

  /** Removes a context's metadata and TLS files; the CLI's current context falls back to `default`. */
  async remove(name: string): Promise<void> {
    if (name === 'default') {
      throw new EngineError('invalid', 'The "default" context cannot be removed.');
    }
    await this.get(name);
    const id = contextId(name);
    await fs.promises.rm(path.join(this.metaRoot, id), { recursive: true, force: true });
    await fs.promises.rm(path.join(this.configDir, 'contexts', 'tls', id), { recursive: true, force: true });
    if ((await this.cliCurrent()) === name) {
      await this.useInCli('default');
    }
  }

  /** `docker context use NAME`: the CLI's current context in config.json, other settings kept. */
  async useInCli(name: string): Promise<void> {
    if (name !== 'default') {
      await this.get(name);
    }
    const file = path.join(this.configDir, 'config.json');
    const exists = fs.existsSync(file);
    if (!exists && name === 'default') {
      return;
    }
    const config = await this.readConfig();
    if (name === 'default') {
      delete config.currentContext;
    } else {
      config.currentContext = name;
    }
    await fs.promises.mkdir(this.configDir, { recursive: true, mode: 0o700 });
    await fs.promises.writeFile(file, JSON.stringify(config, null, '\t'), { mode: 0o600 });
  }

  /** What `docker context inspect NAME` prints for one context. */
  async inspect(name: string): Promise<Record<string, unknown>> {
    const context = await this.get(name);
    const id = contextId(name);
    const present = tlsFiles.filter(file => context.tls[file.replace('.pem', '') as keyof DockerContext['tls']]);
    return {
      Name: context.name,
      Metadata: context.description ? { Description: context.description } : {},
      Endpoints: { docker: { Host: context.host, SkipTLSVerify: context.skipTlsVerify } },
      TLSMaterial: present.length ? { docker: present } : {},
      Storage:
        name === 'default'
          ? { MetadataPath: '<IN MEMORY>', TLSPath: '<IN MEMORY>' }
          : { MetadataPath: path.join(this.metaRoot, id), TLSPath: path.join(this.configDir, 'contexts', 'tls', id) },
    };
  }

  private defaultContext(): DockerContext {
    return {
      name: 'default',
      description: 'Current DOCKER_HOST based configuration',
      host: this.defaultHost,
      skipTlsVerify: false,
      tls: {},
    };
  }

  private async readMeta(id: string): Promise<DockerContext | undefined> {
    const file = path.join(this.metaRoot, id, 'meta.json');
    let text: string;
    try {
      text = await fs.promises.readFile(file, 'utf8');
    } catch {
      return undefined;
    }
    const tlsDir = path.join(this.configDir, 'contexts', 'tls', id, 'docker');
    const tls: Record<string, string> = {};
    for (const file of tlsFiles) {
      const full = path.join(tlsDir, file);
      if (fs.existsSync(full)) {
        tls[file.replace('.pem', '')] = full;
      }
    }
    try {
      const meta = JSON.parse(text) as MetaFile;
      const docker = meta.Endpoints?.docker;
      return {
        name: typeof meta.Name === 'string' ? meta.Name : id,
        description: typeof meta.Metadata?.Description === 'string' ? meta.Metadata.Description : '',
        host: typeof docker?.Host === 'string' ? docker.Host : '',
        skipTlsVerify: docker?.SkipTLSVerify === true,
        tls,
        error: typeof docker?.Host === 'string' ? undefined : 'no docker endpoint',
      };
    } catch {
      return { name: id, description: '', host: '', skipTlsVerify: false, tls, error: `${file} is not valid JSON` };
    }
  }

  private async readConfig(): Promise<Record<string, unknown>> {
    const file = path.join(this.configDir, 'config.json');
    let text: string;
    try {
      text = await fs.promises.readFile(file, 'utf8');
    } catch {
      return {};
    }
    try {
      const parsed = JSON.parse(text) as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      throw new EngineError('invalid', `${file} is not valid JSON; fix it before changing the current context.`);
    }
  }
}

/** A context's folder name: the hex SHA-256 of its name. */
export function contextId(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}
