import { defaultLanguageSettings, type LanguageSettings, type RuleSeverity } from '../common/LanguageFeatures';

const severities: readonly RuleSeverity[] = ['off', 'hint', 'information', 'warning', 'error'];

/**
 * Reads the client's `dockhand` settings section into LanguageSettings, keeping the defaults for
 * anything missing or malformed: a typo in settings.json must not break the language service.
 */
export function settingsFromClient(section: unknown): LanguageSettings {
  const root = asObject(section);
  const dockerfile = asObject(root.dockerfile);
  const compose = asObject(root.compose);
  const dockerignore = asObject(root.dockerignore);
  return {
    dockerfile: { rules: rulesOf(dockerfile.rules) },
    compose: {
      rules: rulesOf(compose.rules),
      schemaValidation:
        typeof compose.schemaValidation === 'boolean' ? compose.schemaValidation : defaultLanguageSettings.compose.schemaValidation,
      codeLens: typeof compose.codeLens === 'boolean' ? compose.codeLens : defaultLanguageSettings.compose.codeLens,
    },
    dockerignore: { rules: rulesOf(dockerignore.rules) },
  };
}

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function rulesOf(value: unknown): Record<string, RuleSeverity> {
  const rules: Record<string, RuleSeverity> = {};
  for (const [code, severity] of Object.entries(asObject(value))) {
    if (typeof severity === 'string' && (severities as readonly string[]).includes(severity)) {
      rules[code] = severity as RuleSeverity;
    }
  }
  return rules;
}
