import { analyzeLayers } from '../layers/analyzeLayers';
import { instructionOf, readImageExport } from '../layers/readImageExport';
import { readLayerFile } from '../layers/readLayerFile';
import type { ImageLayerAnalysis, LayerFileContent } from '../layerTypes';
import { withSignal, type EngineClient } from './EngineClient';

interface ExportManifest {
  Config: string;
  Layers: string[];
}
interface ImageConfig {
  history?: Array<{ created_by?: string; comment?: string; empty_layer?: boolean }>;
}

/**
 * The layer explorer's analysis of an image, read from the engine's export stream
 * (`GET /images/{name}/get`) as it arrives: never written to disk, no layer held whole.
 */
export async function analyzeImageLayers(client: EngineClient, ref: string, signal?: AbortSignal): Promise<ImageLayerAnalysis> {
  const stream = await client.call(s => client.untyped.getImages(withSignal({ names: [ref] }, s)), signal);
  try {
    const exported = await client.call(() => readImageExport(stream as AsyncIterable<Buffer>), signal);
    const manifestText = exported.metadata.get('manifest.json');
    if (!manifestText) {
      throw client.error('failed', `The engine's export of ${ref} has no manifest.json.`);
    }
    const [manifest] = JSON.parse(manifestText) as ExportManifest[];
    if (!manifest) {
      throw client.error('failed', `The engine's export of ${ref} lists no image.`);
    }
    const config = JSON.parse(exported.metadata.get(manifest.Config) ?? '{}') as ImageConfig;
    const history = (config.history ?? []).map(h => ({ createdBy: h.created_by ?? h.comment ?? '', emptyLayer: !!h.empty_layer }));
    // The n-th layer is the n-th history entry that is not metadata-only.
    const layerHistory = history.map((h, i) => (h.emptyLayer ? -1 : i)).filter(i => i >= 0);
    const analysis = analyzeLayers(
      manifest.Layers.map((name, i) => ({
        id: layerIdOf(name),
        instruction: instructionOf(history[layerHistory[i] ?? -1]?.createdBy ?? ''),
        historyIndex: layerHistory[i] ?? -1,
        entries: exported.layers.get(name) ?? [],
      })),
    );
    return { imageId: `sha256:${layerIdOf(manifest.Config.replace(/\.json$/, ''))}`, history, ...analysis };
  } finally {
    (stream as { destroy?: () => void }).destroy?.();
  }
}

/**
 * One file of one layer (`layerId` as the analysis names it), read from the export stream up to
 * that file and no further. Content over `maxBytes` is not kept (`tooBig`).
 */
export async function readImageLayerFile(
  client: EngineClient,
  imageId: string,
  layerId: string,
  path: string,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<LayerFileContent> {
  const stream = await client.call(s => client.untyped.getImages(withSignal({ names: [imageId] }, s)), signal);
  try {
    return await client.call(
      () => readLayerFile(stream as AsyncIterable<Buffer>, [`${layerId}/layer.tar`, `blobs/sha256/${layerId}`], path, maxBytes),
      signal,
    );
  } finally {
    (stream as { destroy?: () => void }).destroy?.();
  }
}

/** A layer's (or config's) name in the export without its place: `<id>/layer.tar` (docker 20.10) or `blobs/sha256/<id>` (OCI). */
function layerIdOf(name: string): string {
  return name.replace(/\/layer\.tar$/, '').replace(/^blobs\/sha256\//, '');
}
