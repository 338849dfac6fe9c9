/**
 * Dockhand's own LSP messages between the extension (client) and the language server. The
 * standalone server (any editor) simply never receives them.
 */
import type { LocalImage } from '../common/EngineImages';

/** Server → client: every tagged local image. Answered by the Dockhand extension from the engine. */
export const listImagesRequest = 'dockhand/listImages';
export type ListImagesResult = readonly LocalImage[];

/** Server → client: one local image's details, or null when it is not local. */
export const inspectImageRequest = 'dockhand/inspectImage';
export interface InspectImageParams {
  readonly reference: string;
}
export type InspectImageResult = LocalImage | null;

/** Server → client: the engine's platform (`linux/amd64`), or null without an engine. */
export const enginePlatformRequest = 'dockhand/enginePlatform';
export type EnginePlatformResult = string | null;

/** Client → server: the history of an image Dockhand just built from a Dockerfile, for inlay hints. */
export const buildHistoryNotification = 'dockhand/buildHistory';

/** What the client says about itself in `initializationOptions`. */
export interface DockhandInitializationOptions {
  /** The client answers listImages/inspectImage. */
  readonly engineImages?: boolean;
  /** The `dockhand` settings section at start-up. */
  readonly settings?: unknown;
}
