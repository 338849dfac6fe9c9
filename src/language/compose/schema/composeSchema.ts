import type { ErrorObject, ValidateFunction } from 'ajv';

/** The part of JSON Schema (draft-07) that completion, hover and messages read. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly patternProperties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly required?: readonly string[];
  readonly deprecated?: boolean;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
}

type Generated = typeof import('./composeValidator.generated');
let generated: Generated | undefined;

/**
 * The Compose Specification schema as the `dclint` package ships it (kept current upstream, not
 * copied here), with its validation code compiled by ajv ahead of time
 * (scripts/generate-compose-validator.mjs; the unit tier checks that the file is current).
 * Required with the first compose document: in the server bundle it is dist/composeValidator.js
 * (esbuild.mjs), which a server that only sees Dockerfiles never parses.
 */
function loadGenerated(): Generated {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  generated ??= require('./composeValidator.generated') as Generated;
  return generated;
}

export function composeSchema(): JsonSchema {
  return loadGenerated().schema;
}

/** ajv's errors for `data` against the compose schema (none when it is valid). */
export function validateAgainstSchema(data: unknown): readonly ErrorObject[] {
  const validator = loadGenerated().validate as unknown as ValidateFunction;
  return validator(data) ? [] : (validator.errors ?? []);
}

/** Follows a `#/definitions/…` reference within the compose schema. */
export function deref(node: JsonSchema): JsonSchema {
  let current = node;
  for (let hops = 0; current.$ref && hops < 10; hops++) {
    const name = current.$ref.replace('#/definitions/', '');
    const target = composeSchema().definitions?.[name];
    if (!target) {
      break;
    }
    // A $ref sibling `description` documents this use better than the shared definition does.
    current = { ...target, description: current.description ?? target.description };
  }
  return current;
}
