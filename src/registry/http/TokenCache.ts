/** Bearer tokens by scope, each kept until shortly before it expires. */
export class TokenCache {
  private readonly tokens = new Map<string, { token: string; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  get(scope: string): string | undefined {
    const entry = this.tokens.get(scope);
    if (!entry) {
      return undefined;
    }
    if (entry.expires <= this.now()) {
      this.tokens.delete(scope);
      return undefined;
    }
    return entry.token;
  }

  /**
   * Keeps `token` for `scope`. The spec's default lifetime is 60 s; a margin of 10 % (at most 10 s)
   * makes sure a token is never sent just as it expires.
   */
  set(scope: string, token: string, expiresInSeconds = 60, issuedAt?: string): void {
    const issued = issuedAt ? Date.parse(issuedAt) : NaN;
    const start = Number.isFinite(issued) ? Math.min(issued, this.now()) : this.now();
    const lifetime = Math.max(1, expiresInSeconds) * 1000;
    this.tokens.set(scope, { token, expires: start + lifetime - Math.min(10_000, lifetime / 10) });
  }

  clear(): void {
    this.tokens.clear();
  }
}
