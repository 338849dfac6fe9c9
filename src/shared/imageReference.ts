/**
 * Image references, `[registry[:port]/]path[:tag][@digest]`, read and checked the way the engine
 * does (the distribution/reference grammar the docker CLI and dockerd use). The one place that
 * knows this grammar: the engine layer splits references for its endpoints with it, the dialogs
 * (commit, tag) validate with it, the images view groups by it, and the Dockerfile rules and
 * links read FROM images with it, so all of them accept and reject the same names.
 */

export interface ImageReference {
  /** `registry[:port]` when the first path part names one (`127.0.0.1:5000`, `ghcr.io`, `localhost`). */
  readonly registry?: string;
  /** The repository path without the registry, e.g. `team/app`. */
  readonly path: string;
  /** Registry (when present) and path as written, e.g. `127.0.0.1:5000/team/app`: what pull, push and tag take. */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** One path component: lower-case letters and digits, joined by `.`, `_`, `__` or runs of `-`. */
const pathComponent = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const registryHost = new RegExp(`^(?:${domainComponent}(?:\\.${domainComponent})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?$`);
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** The engine refuses names of 64 hex digits: they would read as image ids. */
const idLike = /^[a-f0-9]{64}$/;
const maxNameLength = 255;

/**
 * Whether the first part of a name is a registry: it has a `.` or a `:`, is `localhost`, or has
 * upper-case letters (which a repository path cannot), as the CLI decides.
 */
function isRegistry(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost' || first.toLowerCase() !== first;
}

/**
 * Splits a reference without judging it. The tag is what follows the last `:` after the last `/`,
 * so a registry port is never taken for a tag.
 */
export function parseImageReference(text: string): ImageReference {
  const trimmed = text.trim();
  const at = trimmed.indexOf('@');
  const nameAndTag = at >= 0 ? trimmed.slice(0, at) : trimmed;
  const digest = at >= 0 ? trimmed.slice(at + 1) : undefined;
  const colon = nameAndTag.lastIndexOf(':');
  const hasTag = colon > nameAndTag.lastIndexOf('/');
  const repository = hasTag ? nameAndTag.slice(0, colon) : nameAndTag;
  const tag = hasTag ? nameAndTag.slice(colon + 1) : undefined;
  const slash = repository.indexOf('/');
  const registry = slash > 0 && isRegistry(repository.slice(0, slash)) ? repository.slice(0, slash) : undefined;
  return {
    ...(registry !== undefined ? { registry } : {}),
    path: registry !== undefined ? repository.slice(slash + 1) : repository,
    repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** Why the engine would refuse this reference (in words for a message), or undefined when it is valid. */
export function imageReferenceProblem(text: string): string | undefined {
  if (text.trim() === '') {
    return 'the image name is empty';
  }
  if (text.split('@').length > 2) {
    return 'a reference has at most one `@digest`';
  }
  const ref = parseImageReference(text);
  if (ref.digest !== undefined && !digestPattern.test(ref.digest)) {
    return 'the digest is not algorithm:hex (e.g. sha256:…)';
  }
  if (ref.tag !== undefined && !tagPattern.test(ref.tag)) {
    return `'${ref.tag}' is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`;
  }
  if (ref.registry !== undefined && !registryHost.test(ref.registry)) {
    return `'${ref.registry}' is not a registry host`;
  }
  const bad = ref.path.split('/').find(part => !pathComponent.test(part));
  if (bad !== undefined) {
    return bad.toLowerCase() !== bad ? 'repository names must be lower case' : `'${bad}' is not a valid repository name part`;
  }
  if (ref.repository.length > maxNameLength) {
    return `the repository name is longer than ${maxNameLength} characters`;
  }
  if (ref.registry === undefined && idLike.test(ref.path)) {
    return 'a name of 64 hex digits would read as an image id';
  }
  return undefined;
}

/** The repository part of a reference: everything before the tag and digest. */
export function repositoryOf(text: string): string {
  return parseImageReference(text).repository;
}

/** `repo:tag` back into one string (no tag: the repository alone, which the engine reads as `:latest`). */
export function formatImageReference(repository: string, tag?: string): string {
  return tag ? `${repository}:${tag}` : repository;
}

/**
 * The Docker Hub page of an image, when it lives on Docker Hub (no registry, or docker.io):
 * `_/name` for official images, `r/owner/name` for others.
 */
export function dockerHubUrl(text: string): string | undefined {
  const ref = parseImageReference(text);
  if (ref.registry !== undefined && ref.registry !== 'docker.io' && ref.registry !== 'index.docker.io') {
    return undefined;
  }
  const parts = ref.path.split('/');
  if (parts.length === 1 || (parts.length === 2 && parts[0] === 'library')) {
    return `https://hub.docker.com/_/${parts[parts.length - 1]}`;
  }
  return parts.length === 2 ? `https://hub.docker.com/r/${parts[0]}/${parts[1]}` : undefined;
}

/** Why a reference cannot name a new image (commit, tag, build `-t`): invalid, or pinned to a digest. */
export function newImageReferenceProblem(text: string): string | undefined {
  return (
    imageReferenceProblem(text) ?? (parseImageReference(text).digest !== undefined ? 'a new image name cannot carry an @digest' : undefined)
  );
}
