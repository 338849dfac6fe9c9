import type { DockerEngine } from '../../engine';
import type { LocalImage } from '../../language/common/EngineImages';

/** Every tagged local image, one entry per tag, as the language server wants them. */
export async function listLocalImages(engine: DockerEngine): Promise<LocalImage[]> {
  const images = await engine.listImages();
  return images.flatMap(image =>
    image.tags.map(reference => ({
      reference,
      id: image.id,
      size: image.size,
      created: image.created.toISOString(),
    })),
  );
}

/** One image's details from `docker image inspect`, or undefined when it is not local. */
export async function inspectLocalImage(engine: DockerEngine, reference: string): Promise<LocalImage | undefined> {
  try {
    const raw = (await engine.inspectImage(reference)) as {
      Id?: string;
      Size?: number;
      Created?: string;
      Os?: string;
      Architecture?: string;
      Variant?: string;
      RootFS?: { Layers?: unknown[] };
    };
    const platform = [raw.Os, raw.Architecture, raw.Variant].filter(Boolean).join('/');
    return {
      reference,
      id: raw.Id ?? '',
      size: raw.Size ?? 0,
      created: raw.Created ?? '',
      platform: platform || undefined,
      layers: raw.RootFS?.Layers?.length,
    };
  } catch {
    // Not local, or no engine: hover simply has nothing to add.
    return undefined;
  }
}
