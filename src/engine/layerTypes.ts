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
  /** Folders this layer made opaque (`.wh..wh..opq`): what the lower layers had in them is hidden. */
  readonly opaqueDirectories: readonly string[];
  /** Which entry of `ImageLayerAnalysis.history` made this layer, or -1 when the history does not say. */
  readonly historyIndex: number;
}

/** One entry of the image config's history, oldest first, as the builder recorded it. */
export interface LayerHistoryEntry {
  /** The builder's CREATED BY text (`/bin/sh -c #(nop)  CMD ["sh"]`, `/bin/sh -c make`), or the commit comment. */
  readonly createdBy: string;
  /** True for metadata-only instructions (ENV, CMD, …), which make no layer. */
  readonly emptyLayer: boolean;
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
  /** The image's id (`sha256:…`): the export was read from exactly this image. */
  readonly imageId: string;
  readonly layers: readonly LayerInfo[];
  /** The image's whole history, oldest first, metadata-only entries included. */
  readonly history: readonly LayerHistoryEntry[];
  /** Bytes of every layer's content. */
  readonly totalSize: number;
  /** Bytes of files later overwritten or removed (dive's "potential wasted space"). */
  readonly wastedBytes: number;
  /** dive's image efficiency score: the smallest size of each path over all the bytes written for it, 0–1. */
  readonly efficiency: number;
  /** The biggest wasters first. */
  readonly inefficiencies: readonly Inefficiency[];
}

/** What one layer's tar holds at a path: a file's content, the path a hard link names, nothing, or too much to keep. */
export type LayerFileContent =
  | { readonly kind: 'file'; readonly data: Uint8Array }
  | { readonly kind: 'hardlink'; readonly target: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'tooBig'; readonly size: number };
