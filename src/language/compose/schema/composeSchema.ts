import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

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

let schema: JsonSchema | undefined;
let validator: ValidateFunction | undefined;

/**
 * The Compose Specification schema as the `dclint` package ships it (kept current upstream, not
 * copied here). Its package `exports` hide the file from `require('dclint/…')`, so the bundle
 * reaches it by a relative path that esbuild inlines; compiled tests, which run from `out/`, find
 * the package through its exported package.json instead.
 */
export function composeSchema(): JsonSchema {
  if (!schema) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      schema = require('../../../../node_modules/dclint/schemas/compose.schema.json') as JsonSchema;
    } catch (err) {
      // Only a missing file means "not bundled"; a corrupt schema must not be hidden.
      if ((err as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') {
        throw err;
      }
      // createRequire, so the bundler leaves this unbundled-only fallback alone.
      const root = path.dirname(createRequire(__filename).resolve('dclint/package.json'));
      schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'compose.schema.json'), 'utf8')) as JsonSchema;
    }
  }
  return schema;
}

/** Compiled once, on first use: compiling the schema costs far more than validating a file. */
export function validateAgainstSchema(data: unknown): readonly ErrorObject[] {
  if (!validator) {
    // validateSchema off: the file names the draft-07 meta-schema by an id ajv 8 does not preload.
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: false });
    ajv.addFormat('duration', /^[-+]?(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$|^\$\{.*\}$/);
    validator = ajv.compile(composeSchema());
  }
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
