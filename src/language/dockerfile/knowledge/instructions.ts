/**
 * What the builder accepts: instructions, their flags, and the values some flags take. One table
 * shared by diagnostics, completion and hover so they never disagree.
 */
export const instructionKeywords = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;

export type FlagKind = 'string' | 'bool' | 'duration' | 'integer' | 'chmod' | 'mount' | 'enum';

export interface FlagSpec {
  readonly name: string;
  readonly kind: FlagKind;
  readonly values?: readonly string[];
  readonly doc: string;
}

export const instructionFlags: Readonly<Record<string, readonly FlagSpec[]>> = {
  FROM: [{ name: 'platform', kind: 'string', doc: 'Platform of the base image, e.g. `linux/amd64` or `$BUILDPLATFORM`.' }],
  COPY: [
    {
      name: 'from',
      kind: 'string',
      doc: 'Copy from a build stage (name or index), an image, or a named context instead of the build context.',
    },
    { name: 'chown', kind: 'string', doc: 'Owner of the copied files, `user[:group]` by name or id.' },
    { name: 'chmod', kind: 'chmod', doc: 'Permissions of the copied files, in octal such as `0755`.' },
    { name: 'link', kind: 'bool', doc: 'Copy into an independent layer so it can be reused when earlier layers change.' },
    { name: 'parents', kind: 'bool', doc: 'Keep the parent directories of the sources below the destination.' },
    { name: 'exclude', kind: 'string', doc: 'A glob of sources to leave out; may be repeated.' },
  ],
  ADD: [
    { name: 'chown', kind: 'string', doc: 'Owner of the added files, `user[:group]` by name or id.' },
    { name: 'chmod', kind: 'chmod', doc: 'Permissions of the added files, in octal such as `0644`.' },
    { name: 'checksum', kind: 'string', doc: 'Expected digest of a remote source, `sha256:…`; the build fails on mismatch.' },
    { name: 'keep-git-dir', kind: 'bool', doc: 'Keep the `.git` directory when adding a Git repository.' },
    { name: 'link', kind: 'bool', doc: 'Add into an independent layer so it can be reused when earlier layers change.' },
    { name: 'exclude', kind: 'string', doc: 'A glob of sources to leave out; may be repeated.' },
    { name: 'unpack', kind: 'bool', doc: 'Whether a local or remote archive is extracted.' },
  ],
  RUN: [
    {
      name: 'mount',
      kind: 'mount',
      doc: 'Mount a bind, cache, tmpfs, secret or SSH agent socket for this command only; nothing of it ends up in the layer.',
    },
    {
      name: 'network',
      kind: 'enum',
      values: ['default', 'none', 'host'],
      doc: 'Network for the command: `default`, `none` (no access) or `host`.',
    },
    {
      name: 'security',
      kind: 'enum',
      values: ['sandbox', 'insecure'],
      doc: '`insecure` runs the command with elevated privileges (needs the builder entitlement).',
    },
  ],
  HEALTHCHECK: [
    { name: 'interval', kind: 'duration', doc: 'Time between checks (default 30s).' },
    { name: 'timeout', kind: 'duration', doc: 'A check taking longer than this counts as failed (default 30s).' },
    { name: 'start-period', kind: 'duration', doc: 'Grace period after start in which failures do not count (default 0s).' },
    { name: 'start-interval', kind: 'duration', doc: 'Time between checks during the start period (default 5s).' },
    { name: 'retries', kind: 'integer', doc: 'Consecutive failures before the container is unhealthy (default 3).' },
  ],
};

export const mountTypes = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'] as const;

/** Options each `--mount` type accepts, besides `type`. */
export const mountOptions: Readonly<Record<string, readonly string[]>> = {
  bind: ['target', 'dst', 'destination', 'source', 'src', 'from', 'rw', 'readwrite', 'ro', 'readonly'],
  cache: ['id', 'target', 'dst', 'destination', 'ro', 'readonly', 'rw', 'sharing', 'from', 'source', 'src', 'mode', 'uid', 'gid'],
  tmpfs: ['target', 'dst', 'destination', 'size'],
  secret: ['id', 'target', 'dst', 'destination', 'env', 'required', 'mode', 'uid', 'gid'],
  ssh: ['id', 'target', 'dst', 'destination', 'required', 'mode', 'uid', 'gid'],
};

export const mountOptionValues: Readonly<Record<string, readonly string[]>> = {
  sharing: ['shared', 'private', 'locked'],
  required: ['true', 'false'],
  rw: ['true', 'false'],
  ro: ['true', 'false'],
  readonly: ['true', 'false'],
  readwrite: ['true', 'false'],
};

/** Build args the builder defines without an ARG (usable after `ARG NAME` in a stage, and in FROM). */
export const predefinedArgs = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
  'BUILDKIT_SYNTAX',
  'BUILDKIT_INLINE_CACHE',
  'SOURCE_DATE_EPOCH',
] as const;

/** Names are compared case-insensitively against these when they contain no other hint. */
export const reservedStageNames = ['scratch', 'context'] as const;
