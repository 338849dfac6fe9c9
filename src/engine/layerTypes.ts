/** Dockhand's types for an image's layers as the layer explorer shows them. */

export type LayerChangeKind = 'added' | 'changed' | 'removed';

/** One path a layer adds, changes or removes (a whiteout). */
export interface LayerFile {
  readonly path: string;
  readonly kind: LayerChangeKind;
  readonly type: 'file' | 'directory' | 'symlink' | 'other';
  /** Bytes of content; for a removal, what the removed file (or folder's files) held. */
  readonly size: number;
  readonly linkTarget?: string;
}

export interface LayerInfo {
  /** The layer's directory in the image's export, which identifies it there. */
  readonly id: string;
  /** The Dockerfile instruction (or commit comment) that made it, from the image's history. */
  readonly instruction: string;
  /** Bytes of file content in the layer. */
  readonly size: number;
  readonly files: readonly LayerFile[];
}

/** A path that more than one layer wrote or that a later layer removed: the space it wastes. */
export interface Inefficiency {
  readonly path: string;
  /** How many layers touched it. */
  readonly count: number;
  /** Every version's bytes together, as dive counts them. */
  readonly cumulativeSize: number;
}

export interface ImageLayerAnalysis {
  readonly layers: readonly LayerInfo[];
  /** Bytes of every layer's content. */
  readonly totalSize: number;
  /** Bytes of files later overwritten or removed (dive's "potential wasted space"). */
  readonly wastedBytes: number;
  /** dive's image efficiency score: the smallest size of each path over all the bytes written for it, 0–1. */
  readonly efficiency: number;
  /** The biggest wasters first. */
  readonly inefficiencies: readonly Inefficiency[];
}
