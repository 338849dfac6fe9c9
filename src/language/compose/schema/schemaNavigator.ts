import { composeSchema, deref, type JsonSchema } from './composeSchema';

/** A path segment that stands for "an item of this list". */
export const ITEM = '[]';

/** Every alternative schema at a path of keys (ITEM for list items), `oneOf`/`anyOf` branches spread out. */
export function schemasAt(path: readonly string[]): JsonSchema[] {
  let current = alternatives(composeSchema());
  for (const segment of path) {
    current = current.flatMap(schema => alternatives(child(schema, segment)));
    if (current.length === 0) {
      break;
    }
  }
  return current;
}

/** The keys a mapping at this path may hold, each with its (un-dereferenced) schema for its description. */
export function propertiesAt(path: readonly string[]): Map<string, JsonSchema> {
  const properties = new Map<string, JsonSchema>();
  for (const schema of schemasAt(path)) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (!properties.has(name)) {
        properties.set(name, property);
      }
    }
  }
  return properties;
}

/** The fixed values allowed at this path, from `enum`s. */
export function enumsAt(path: readonly string[]): string[] {
  return [...new Set(schemasAt(path).flatMap(schema => (schema.enum ?? []).map(String)))];
}

/** The schema's documentation for the key at the end of `path`. */
export function descriptionAt(path: readonly string[]): string | undefined {
  const name = path[path.length - 1];
  if (name === undefined) {
    return composeSchema().description;
  }
  const property = propertiesAt(path.slice(0, -1)).get(name);
  return property?.description ?? (property ? deref(property).description : undefined);
}

function alternatives(schema: JsonSchema | undefined, depth = 0): JsonSchema[] {
  if (!schema || depth > 6) {
    return [];
  }
  const resolved = deref(schema);
  const branches = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])];
  return [resolved, ...branches.flatMap(branch => alternatives(branch, depth + 1))];
}

function child(schema: JsonSchema, segment: string): JsonSchema | undefined {
  if (segment === ITEM) {
    return schema.items;
  }
  const named = schema.properties?.[segment];
  if (named) {
    return named;
  }
  for (const [pattern, patterned] of Object.entries(schema.patternProperties ?? {})) {
    if (pattern !== '^x-' && new RegExp(pattern, 'u').test(segment)) {
      return patterned;
    }
  }
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}
