/**
 * Local engine images as the language service sees them. The service never talks to Docker: the
 * LSP client (the Dockhand extension) answers a custom request; the standalone server has none.
 */
export interface LocalImage {
  /** "repo:tag" */
  readonly reference: string;
  readonly id: string;
  readonly size: number;
  readonly created: string;
  readonly platform?: string;
  readonly layers?: number;
}

export interface ImageSource {
  /** Every tagged local image; [] when there is no engine. */
  list(): Promise<readonly LocalImage[]>;
  /** Details of one image by reference, or undefined when it is not local. */
  inspect(reference: string): Promise<LocalImage | undefined>;
  /** The engine's own platform (`linux/amd64`), which builds target by default; absent without an engine. */
  platform?(): Promise<string | undefined>;
}

export const noImages: ImageSource = {
  list: () => Promise.resolve([]),
  inspect: () => Promise.resolve(undefined),
};
