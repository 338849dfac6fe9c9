import type { Connection } from 'vscode-languageserver';
import type { ImageSource, LocalImage } from '../common/EngineImages';
import {
  enginePlatformRequest,
  inspectImageRequest,
  listImagesRequest,
  type EnginePlatformResult,
  type InspectImageParams,
  type InspectImageResult,
  type ListImagesResult,
} from './protocol';

/** How long a listing from the client is reused: completion asks on every keystroke. */
const listTtlMs = 5_000;

/** Local images, asked of the Dockhand extension over LSP; none when the request fails. */
export function clientImageSource(connection: Connection): ImageSource {
  let cached: { at: number; images: Promise<readonly LocalImage[]> } | undefined;
  let platform: { at: number; value: Promise<string | undefined> } | undefined;
  return {
    platform() {
      if (!platform || Date.now() - platform.at > listTtlMs) {
        const value = connection.sendRequest<EnginePlatformResult>(enginePlatformRequest).then(
          r => r ?? undefined,
          () => undefined,
        );
        platform = { at: Date.now(), value };
      }
      return platform.value;
    },
    list() {
      if (!cached || Date.now() - cached.at > listTtlMs) {
        const images = connection.sendRequest<ListImagesResult>(listImagesRequest).then(
          result => result ?? [],
          () => [] as readonly LocalImage[],
        );
        cached = { at: Date.now(), images };
      }
      return cached.images;
    },
    async inspect(reference) {
      try {
        const params: InspectImageParams = { reference };
        return (await connection.sendRequest<InspectImageResult>(inspectImageRequest, params)) ?? undefined;
      } catch {
        return undefined;
      }
    },
  };
}
