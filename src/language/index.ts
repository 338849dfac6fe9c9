/**
 * The language service's public surface: Dockerfile and Compose features built once, sharing
 * settings, the local-image source and the file system. Editor-agnostic: no vscode, no Docker.
 */
import type { ImageSource } from './common/EngineImages';
import type { FileSystem } from './common/FileSystem';
import { ruleDocLink, withRuleDocs } from './common/ruleDocs';
import type { LanguageSettings } from './common/LanguageFeatures';
import { createComposeFeatures } from './compose';
import { createDockerignoreFeatures } from './dockerignore';
import { createDockerfileFeatures, dockerfileSemanticTokensLegend, type BuildHistory } from './dockerfile';
import type { HostedServices } from './common/LanguageServices';

export interface LanguageServiceDeps {
  readonly settings: () => LanguageSettings;
  readonly images: ImageSource;
  readonly fs: FileSystem;
  /** What the client last sent as a Dockerfile's build history (checked here before use). */
  readonly buildHistory: (uri: string) => unknown;
  /** The folder of the rule pages (docs/rules), for diagnostics' documentation links. */
  readonly ruleDocs?: string;
}

export function createDockhandLanguageServices(deps: LanguageServiceDeps): HostedServices {
  const link = deps.ruleDocs ? ruleDocLink(deps.ruleDocs, deps.fs) : () => undefined;
  return {
    features: {
      dockerfile: withRuleDocs(
        createDockerfileFeatures({
          settings: deps.settings,
          images: deps.images,
          buildHistory: { historyFor: uri => asBuildHistory(deps.buildHistory(uri)) },
          fs: deps.fs,
        }),
        link,
      ),
      dockercompose: withRuleDocs(createComposeFeatures({ settings: deps.settings, images: deps.images, fs: deps.fs }), link),
      dockerignore: withRuleDocs(createDockerignoreFeatures({ settings: deps.settings, fs: deps.fs }), link),
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
  const valid = entries.filter(
    (e): e is BuildHistory['entries'][number] =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as { createdBy?: unknown }).createdBy === 'string' &&
      typeof (e as { size?: unknown }).size === 'number',
  );
  if (valid.length !== entries.length) {
    return undefined;
  }
  const image = (value as { image?: { id?: unknown; tag?: unknown } }).image;
  return typeof image?.id === 'string' && typeof image.tag === 'string'
    ? { entries: valid, image: { id: image.id, tag: image.tag } }
    : { entries: valid };
}
