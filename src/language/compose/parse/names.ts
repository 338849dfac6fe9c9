import type { Node } from 'yaml';

// The names a compose file declares and the places that use them: what the model, the reference
// collectors, navigation and the rules share (kept apart from ComposeModel.ts, which builds them).

export type NameKind = 'service' | 'network' | 'volume' | 'secret' | 'config';

export const sectionOf: Readonly<Record<NameKind, string>> = {
  service: 'services',
  network: 'networks',
  volume: 'volumes',
  secret: 'secrets',
  config: 'configs',
};

/** A name declared under a top-level section (`services.web`, `volumes.data`, …). */
export interface Declaration {
  readonly kind: NameKind;
  readonly name: string;
  readonly keyNode: Node;
  readonly value: Node | null;
  /** Offsets of the key's text. */
  readonly start: number;
  readonly end: number;
}

/** A place that uses a declared name (`depends_on: [db]`, `- data:/var/lib`, …). */
export interface Reference {
  readonly kind: NameKind;
  readonly name: string;
  /** Offsets of just the name inside the value (`db` in `db:database`). */
  readonly start: number;
  readonly end: number;
  /** The service whose definition holds the reference. */
  readonly service: string;
  /** The key that made it a reference, for messages: `depends_on`, `links`, `extends`… */
  readonly via: string;
}
