import * as vscode from 'vscode';
import type { DockerEngine, ImageLayerAnalysis } from '../../engine';
import { formatBytes } from '../util/format';
import { LayerStack, type StackedEntry } from './LayerStack';
import type { LayerLocation } from './layerUris';

/** Bounds of what is kept: the analyses of a few images, a few stacked layers, and file contents. */
const maxAnalyses = 4;
const maxStacks = 8;
const maxCachedBytes = 64 << 20;
/** The biggest file opened at a layer (VS Code holds it whole anyway). */
export const maxFileBytes = 50 << 20;

/**
 * What the layer explorer knows about images, kept within bounds: each image's analysis (read
 * once from the export stream), its file system stacked up to a layer, and file contents read at
 * a layer (each read streams the export up to that file only, never writing the image to disk).
 */
export class ImageLayers {
  private readonly analyses = new Map<string, Promise<ImageLayerAnalysis>>();
  private readonly stacks = new Map<string, Promise<LayerStack>>();
  private readonly contents = new Map<string, Uint8Array>();
  private cachedBytes = 0;

  constructor(private readonly engine: () => DockerEngine) {}

  /** An analysis just made (by the explorer), so that opening its files does not read the image again. */
  remember(analysis: ImageLayerAnalysis): void {
    void remember(this.analyses, hexOf(analysis.imageId), Promise.resolve(analysis), maxAnalyses);
  }

  analysis(image: string): Promise<ImageLayerAnalysis> {
    const key = hexOf(image);
    const known = this.analyses.get(key);
    if (known) {
      return known;
    }
    const reading = this.engine().analyzeImageLayers(key);
    reading.catch(() => this.analyses.delete(key));
    return remember(this.analyses, key, reading, maxAnalyses);
  }

  async stack(image: string, layer: number): Promise<LayerStack> {
    const key = `${hexOf(image)}/${layer}`;
    const known = this.stacks.get(key);
    if (known) {
      return known;
    }
    const made = this.analysis(image).then(analysis => {
      if (layer < 1 || layer > analysis.layers.length) {
        throw vscode.FileSystemError.FileNotFound(vscode.l10n.t('The image has {0} layers, not {1}.', analysis.layers.length, layer));
      }
      return new LayerStack(analysis, layer);
    });
    made.catch(() => this.stacks.delete(key));
    return remember(this.stacks, key, made, maxStacks);
  }

  /** What is at a location (links not followed), or undefined. */
  async entry(location: LayerLocation): Promise<StackedEntry | undefined> {
    return (await this.stack(location.image, location.layer)).at(location.path);
  }

  /** A file's content as the image has it at the location's layer (links followed). */
  async read(location: LayerLocation, uri: vscode.Uri): Promise<Uint8Array> {
    const stack = await this.stack(location.image, location.layer);
    const path = stack.resolve(location.path);
    const entry = path === undefined ? undefined : stack.at(path);
    if (path === undefined || !entry) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    if (entry.type === 'directory') {
      throw vscode.FileSystemError.FileIsADirectory(uri);
    }
    const analysis = await this.analysis(location.image);
    const layerId = analysis.layers[entry.layer - 1]?.id ?? '';
    let content = await this.content(location.image, layerId, path);
    if (content.kind === 'hardlink') {
      // A hard link in a layer's tar names a file earlier in the same tar.
      content = await this.content(location.image, layerId, content.target);
    }
    if (content.kind === 'tooBig') {
      throw vscode.FileSystemError.Unavailable(
        vscode.l10n.t(
          '{0} holds {1}; the layer explorer opens files up to {2}.',
          uri.path,
          formatBytes(content.size),
          formatBytes(maxFileBytes),
        ),
      );
    }
    if (content.kind !== 'file') {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    return content.data;
  }

  private async content(image: string, layerId: string, path: string) {
    const key = `${layerId}/${path}`;
    const cached = this.contents.get(key);
    if (cached) {
      this.contents.delete(key);
      this.contents.set(key, cached);
      return { kind: 'file' as const, data: cached };
    }
    const content = await this.engine().readLayerFile(hexOf(image), layerId, path, maxFileBytes);
    if (content.kind === 'file' && content.data.length <= maxCachedBytes / 4) {
      this.contents.set(key, content.data);
      this.cachedBytes += content.data.length;
      for (const [oldest, data] of this.contents) {
        if (this.cachedBytes <= maxCachedBytes) {
          break;
        }
        this.contents.delete(oldest);
        this.cachedBytes -= data.length;
      }
    }
    return content;
  }
}

/** An image id without `sha256:` (what the URIs carry). */
export function hexOf(imageId: string): string {
  return imageId.replace(/^sha256:/, '');
}

/** Puts `value` last (most recent) and drops the oldest entries beyond `max`. */
function remember<T>(map: Map<string, T>, key: string, value: T, max: number): T {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= max) {
      break;
    }
    map.delete(oldest);
  }
  return value;
}
