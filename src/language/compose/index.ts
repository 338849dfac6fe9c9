import type { RuleSeverity } from '../common/LanguageFeatures';
import { allRules } from './rules';

export { createComposeFeatures } from './createComposeFeatures';
export type { ComposeDeps } from './ComposeContext';

/** Each compose diagnostic rule: its code for `dockhand.compose.rules`, default severity and what it finds. */
export const composeRules: readonly { readonly code: string; readonly defaultSeverity: RuleSeverity; readonly description: string }[] =
  allRules.map(({ code, defaultSeverity, description }) => ({ code, defaultSeverity, description }));
