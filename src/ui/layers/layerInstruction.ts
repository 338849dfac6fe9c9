import type { ImageLayerAnalysis } from '../../engine';
import { matchHistory, parseDockerfile } from '../../language/dockerfile';

/** Where a layer came from in a Dockerfile's text. */
export type LayerInstruction =
  /** The instruction that made the layer: its first line (0-based). */
  | { readonly kind: 'instruction'; readonly line: number }
  /** The Dockerfile's final stage made the image, but not this layer: it is the base image's. */
  | { readonly kind: 'base' }
  /** The Dockerfile's final stage does not match the image's history (another file, or edited since). */
  | { readonly kind: 'noMatch' };

/**
 * The instruction of `dockerfile` that made layer `layer` (1-based) of the analysed image. The
 * final stage's instructions are paired with the image's history newest first (the language
 * service's matching, which also places the layer-size inlay hints); the layer's history entry
 * then names its instruction. Every instruction that makes a history entry must pair for the
 * file to count as the one the image was built from.
 */
export function layerInstruction(dockerfile: string, analysis: ImageLayerAnalysis, layer: number): LayerInstruction {
  const doc = parseDockerfile(dockerfile);
  const stage = doc.stages[doc.stages.length - 1];
  const info = analysis.layers[layer - 1];
  if (!stage || !info || info.historyIndex < 0) {
    return { kind: 'noMatch' };
  }
  const entries = [...analysis.history].reverse().map(h => ({ createdBy: h.createdBy, size: 0 }));
  const hints = matchHistory(doc, { entries });
  // BuildKit records no history entry for ARG; the classic builder does (and then it pairs).
  const expected = doc.instructions.slice(stage.first + 1, stage.last + 1).filter(ins => ins.keyword !== 'ARG').length;
  if (hints.filter(h => doc.instructions[h.index]?.keyword !== 'ARG').length < expected) {
    return { kind: 'noMatch' };
  }
  const entry = analysis.history.length - 1 - info.historyIndex;
  const hint = hints.find(h => h.entry === entry);
  if (hint) {
    return { kind: 'instruction', line: doc.instructions[hint.index]?.range.start.line ?? 0 };
  }
  return entry > Math.max(-1, ...hints.map(h => h.entry)) ? { kind: 'base' } : { kind: 'noMatch' };
}
