/** Where Dockhand talks to a Docker Engine, resolved the way the docker CLI resolves it. */

export interface TlsFiles {
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  /** Verify the server's certificate against `ca` (DOCKER_TLS_VERIFY, or a context without SkipTLSVerify). */
  readonly verify: boolean;
}

interface EndpointBase {
  /** The docker host URL, e.g. unix:///var/run/docker.sock or tcp://10.0.0.5:2376. */
  readonly url: string;
  /** What chose it, for messages: the setting, DOCKER_HOST, a context, or the platform default. */
  readonly source: EndpointSource;
}

export type EndpointSource =
  | { readonly kind: 'setting' }
  | { readonly kind: 'env' }
  | { readonly kind: 'context'; readonly name: string }
  | { readonly kind: 'default' };

export type EngineEndpoint =
  | (EndpointBase & { readonly kind: 'unix'; readonly socketPath: string })
  | (EndpointBase & { readonly kind: 'npipe'; readonly pipePath: string })
  | (EndpointBase & { readonly kind: 'tcp'; readonly host: string; readonly port: number; readonly tls?: TlsFiles })
  /** `port` and `username` only when the URL names them: otherwise ssh's own config decides. */
  | (EndpointBase & { readonly kind: 'ssh'; readonly host: string; readonly port?: number; readonly username?: string });

export function describeSource(source: EndpointSource): string {
  switch (source.kind) {
    case 'setting':
      return 'the dockhand.engine.host setting';
    case 'env':
      return 'DOCKER_HOST';
    case 'context':
      return `docker context "${source.name}"`;
    case 'default':
      return 'the default socket';
  }
}
