import { analyzeLayers } from '../layers/analyzeLayers';
import { instructionOf, readImageExport } from '../layers/readImageExport';
import type { ImageLayerAnalysis } from '../layerTypes';
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
    const history = (config.history ?? []).filter(h => !h.empty_layer);
    return analyzeLayers(
      manifest.Layers.map((name, i) => ({
        id: name.replace(/\/layer\.tar$/, '').replace(/^blobs\/sha256\//, ''),
        instruction: instructionOf(history[i]?.created_by ?? history[i]?.comment ?? ''),
        entries: exported.layers.get(name) ?? [],
      })),
    );
  } finally {
    (stream as { destroy?: () => void }).destroy?.();
  }
}
