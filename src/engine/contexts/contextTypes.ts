/** Dockhand's view of a docker CLI context (`docker context ls` / `inspect`). */
export interface DockerContext {
  readonly name: string;
  readonly description: string;
  /** The docker endpoint, e.g. ssh://deploy@build:22 or unix:///run/podman/podman.sock. */
  readonly host: string;
  readonly skipTlsVerify: boolean;
  /** The TLS files the context holds (ca.pem, cert.pem, key.pem), as full paths. */
  readonly tls: { readonly ca?: string; readonly cert?: string; readonly key?: string };
  /** Why the context could not be read, when it could not (it is still listed, like the CLI does). */
  readonly error?: string;
}

/** What `docker context create NAME --description … --docker host=…,ca=…,cert=…,key=…` takes. */
export interface ContextSpec {
  readonly name: string;
  readonly description?: string;
  readonly host: string;
  readonly skipTlsVerify?: boolean;
  /** Files to copy into the context's TLS store. */
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
}

/** `docker context ls`'s name rule (cli/context/store). */
export const contextNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/;
