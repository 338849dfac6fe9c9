// Messages between the fuzz runner (main thread) and its workers.

/** One case as a worker runs it: `previous` is the document's version before the edit. */
export interface FuzzCase {
  readonly previous?: string;
  readonly text: string;
  readonly offset: number;
}

export interface FuzzFailure extends FuzzCase {
  readonly kind: 'throw' | 'invariant' | 'hang' | 'stalled';
  /** What the failure is, stable across inputs ("[outside]", "throws:TypeError: …"): the shrinker keeps it. */
  readonly tag: string;
  readonly message: string;
  /** The smallest text (with the cursor marked) that still fails the same way, when one was found. */
  readonly minimized?: string;
  /** The regression fixture that found it, when it came from one. */
  readonly fixture?: string;
}

export interface WorkerSetup {
  readonly targetModule: string;
  readonly mode: 'fuzz' | 'probe';
  readonly seed: number;
  readonly cases: number;
  /** Regression fixtures to replay before fuzzing: file name and case. */
  readonly fixtures: readonly { readonly name: string; readonly case: FuzzCase }[];
  readonly shrinkAttempts: number;
}

export type WorkerMessage =
  | { readonly type: 'ready'; readonly tid?: number }
  | { readonly type: 'case'; readonly index: number; readonly case: FuzzCase }
  | { readonly type: 'failure'; readonly failure: FuzzFailure }
  | { readonly type: 'probed'; readonly tag?: string }
  | { readonly type: 'done'; readonly cases: number };

/** Probe mode: the runner sends one case at a time and reads back how it failed, if it did. */
export interface ProbeRequest {
  readonly case: FuzzCase;
}
