import type { SemanticTokensLegend } from 'vscode-languageserver-types';
import type { LanguageFeatures } from './LanguageFeatures';

/** The languages Dockhand serves, by their LSP language id. */
export type DockhandLanguage = 'dockerfile' | 'dockercompose';

/**
 * Everything the language service offers, as the LSP adapter (../server) hosts it. Declared
 * here, in the core, so the core never depends on its adapter: the adapter depends on the core.
 */
export interface HostedServices {
  readonly features: Readonly<Record<DockhandLanguage, LanguageFeatures>>;
  readonly semanticTokensLegend: SemanticTokensLegend;
}
