/** An image reference split the way the engine's pull/push/tag endpoints want it. */
export interface ImageReference {
  /** Registry host (when present) and path, e.g. `127.0.0.1:5000/team/app`. */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/**
 * Splits `[registry[:port]/]path[:tag][@digest]`. The tag is the part after the last `:` that
 * comes after the last `/`, so a registry port is never mistaken for a tag.
 */
export function parseReference(ref: string): ImageReference {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    return { repository: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  }
  return { repository: rest, digest };
}
