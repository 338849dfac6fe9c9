/** One page of a long listing, and where the next one starts (undefined on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next?: string;
}

/** Page size for catalogs and tag lists: small enough to show quickly, large enough for few round trips. */
export const defaultPageSize = 100;
