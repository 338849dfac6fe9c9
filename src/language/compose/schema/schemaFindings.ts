import type { ErrorObject } from 'ajv';
import type { Document, Node } from 'yaml';
import { closest } from '../../common/editDistance';
import { collapseErrors } from './collapseErrors';
import type { JsonSchema } from './composeSchema';
import { describeLocation, dotted, typeInWords, valueTypeInWords } from './describeLocation';
import { instanceNode, pathSegments } from './instanceNode';

export interface SchemaFinding {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** ajv's errors for a document, one per real problem, placed on the YAML that causes it and worded for people. */
export function schemaFindings(
  doc: Document,
  errors: readonly ErrorObject[],
  renamed: ReadonlyMap<string, string> = new Map(),
): SchemaFinding[] {
  return collapseErrors(errors).map(error => toFinding(doc, error, renamed));
}

function toFinding(doc: Document, error: ErrorObject, renamed: ReadonlyMap<string, string>): SchemaFinding {
  const segments = pathSegments(error.instancePath);
  const locate = (path: readonly string[]) =>
    instanceNode(doc, path.length > 0 && renamed.has(path[0]) ? [renamed.get(path[0])!, ...path.slice(1)] : path);
  const located = locate(segments);
  const name = segments[segments.length - 1];
  const owner = describeLocation(segments.slice(0, -1));
  const at = (node: Node | null | undefined) => bounds(node ?? located.value ?? located.key);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const keyNode = locate([...segments, key]);
      return { ...at(keyNode.key), message: unknownKeyMessage(key, segments, error.parentSchema as JsonSchema | undefined) };
    }
    case 'required':
      return { ...at(located.key), message: `Missing required key \`${String(params.missingProperty)}\` ${describeLocation(segments)}.` };
    case 'type':
      return {
        ...at(located.value),
        message: `\`${dotted(segments.slice(-1))}\` ${owner} must be ${typeInWords(String(params.type))}, not ${valueTypeInWords(error.data)}.`,
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = closest(String(error.data), allowed);
      return {
        ...at(located.value),
        message: `\`${name ?? ''}\` ${owner} must be one of ${allowed.map(v => `\`${v}\``).join(', ')}${hint ? ` — did you mean \`${hint}\`?` : '.'}`,
      };
    }
    case 'uniqueItems':
      return { ...at(locate([...segments, String(params.i)]).value), message: `\`${name ?? ''}\` ${owner} lists the same entry twice.` };
    case 'format':
      return { ...at(located.value), message: `\`${name ?? ''}\` ${owner} must be a duration such as \`30s\` or \`1m30s\`.` };
    default:
      return { ...at(located.value), message: `\`${name ?? 'The file'}\` ${owner} ${error.message ?? 'is not valid'}.` };
  }
}

function unknownKeyMessage(key: string, segments: readonly string[], parent: JsonSchema | undefined): string {
  const where = describeLocation(segments);
  const known = Object.keys(parent?.properties ?? {});
  if (known.length === 0 && parent?.patternProperties) {
    return `\`${key}\` is not a valid name ${where}: use letters, digits, \`.\`, \`_\` and \`-\` only.`;
  }
  const hint = closest(key, known);
  const sameKeyElsewhere = hint ? ` — did you mean \`${hint}\`?` : '';
  const extension = key.startsWith('x-') ? '' : ' (custom keys must start with `x-`)';
  return `Unknown key \`${key}\` ${where}${sameKeyElsewhere || `${extension}.`}`;
}

function bounds(node: Node | null | undefined): { start: number; end: number } {
  const range = node?.range ?? [0, 0];
  return { start: range[0], end: Math.max(range[1], range[0] + 1) };
}
