/**
 * The language service's public surface: Dockerfile and Compose features built once, sharing
 * settings, the local-image source and the file system. Editor-agnostic: no vscode, no Docker.
 */
import type { ImageSource } from './common/EngineImages';
import type { FileSystem } from './common/FileSystem';
import type { LanguageSettings } from './common/LanguageFeatures';
import { createComposeFeatures } from './compose';
import { createDockerfileFeatures, dockerfileSemanticTokensLegend, type BuildHistory } from './dockerfile';
import type { HostedServices } from './common/LanguageServices';

export interface LanguageServiceDeps {
  readonly settings: () => LanguageSettings;
  readonly images: ImageSource;
  readonly fs: FileSystem;
  /** What the client last sent as a Dockerfile's build history (checked here before use). */
  readonly buildHistory: (uri: string) => unknown;
}

export function createDockhandLanguageServices(deps: LanguageServiceDeps): HostedServices {
  return {
    features: {
      dockerfile: createDockerfileFeatures({
        settings: deps.settings,
        images: deps.images,
        buildHistory: { historyFor: uri => asBuildHistory(deps.buildHistory(uri)) },
      }),
      dockercompose: createComposeFeatures({ settings: deps.settings, images: deps.images, fs: deps.fs }),
    },
    semanticTokensLegend: dockerfileSemanticTokensLegend,
  };
}

/** The client's message, if it has the shape of a build history; anything else is ignored. */
export function asBuildHistory(value: unknown): BuildHistory | undefined {
  const entries = (value as { entries?: unknown } | undefined)?.entries;
  if (!Array.isArray(entries)) {
    return undefined;
  }
  const valid = entries.filter((e): e is BuildHistory['entries'][number] =>
    typeof e === 'object' && e !== null && typeof (e as { createdBy?: unknown }).createdBy === 'string' && typeof (e as { size?: unknown }).size === 'number');
  return valid.length === entries.length ? { entries: valid } : undefined;
}
