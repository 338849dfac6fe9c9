/** Dockhand's types for acting on images. */

/** One line of pull/push/load progress, usually about one layer. */
export interface ProgressEvent {
  /** The layer (or tag) the line is about, when it is about one. */
  readonly id?: string;
  readonly status: string;
  readonly current?: number;
  readonly total?: number;
}

export interface RegistryAuth {
  readonly username?: string;
  readonly password?: string;
  readonly serverAddress?: string;
  readonly identityToken?: string;
}

export interface TransferOptions {
  readonly auth?: RegistryAuth;
  readonly onProgress?: (event: ProgressEvent) => void;
}

export interface RemoveImageOptions {
  /** Remove even when containers use the image or it has several tags. */
  readonly force?: boolean;
  /** Keep untagged parent layers. */
  readonly noPrune?: boolean;
}

export interface RemoveImageResult {
  readonly untagged: readonly string[];
  readonly deleted: readonly string[];
}

export interface ImageHistoryEntry {
  /** The layer's image id, or `<missing>` for layers built elsewhere. */
  readonly id: string;
  readonly created: Date;
  readonly createdBy: string;
  readonly size: number;
  readonly tags: readonly string[];
  readonly comment: string;
}

export type BuildOutput =
  /** A line of the builder's output, e.g. "Step 2/4 : RUN make" or the command's own output. */
  | { readonly kind: 'log'; readonly text: string }
  /** Progress of a base image pull during the build. */
  | { readonly kind: 'progress'; readonly progress: ProgressEvent };

export interface BuildOptions {
  /** The build context: a folder on this machine. */
  readonly context: string;
  /** The Dockerfile, relative to the context (default `Dockerfile`). */
  readonly dockerfile?: string;
  readonly tags?: readonly string[];
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly noCache?: boolean;
  /** Always pull newer base images. */
  readonly pull?: boolean;
  readonly onOutput?: (output: BuildOutput) => void;
}

export interface BuildResult {
  readonly imageId: string;
}
