import type { TextDocumentLike } from './documents';

/**
 * One parse per document version, shared by every feature (diagnostics, completion and hover on
 * the same keystroke see the same tree). Keeps the most recently used `limit` documents.
 */
export class ParseCache<T> {
  private readonly entries = new Map<string, { version: number; value: T }>();

  constructor(
    private readonly parse: (doc: TextDocumentLike, previous: T | undefined) => T,
    private readonly limit = 32,
  ) {}

  get(doc: TextDocumentLike): T {
    const hit = this.entries.get(doc.uri);
    if (hit?.version === doc.version) {
      return hit.value;
    }
    // The previous parse is passed on, so that a parser can reuse what an edit did not touch.
    const value = this.parse(doc, hit?.value);
    this.entries.delete(doc.uri); // re-insert: most recently used last
    this.entries.set(doc.uri, { version: doc.version, value });
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        this.entries.delete(oldest);
      }
    }
    return value;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
