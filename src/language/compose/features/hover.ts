import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { CancellationTokenLike } from '../../common/documents';
import type { LocalImage } from '../../common/EngineImages';
import type { ComposeContext } from '../ComposeContext';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { nodeAt } from '../parse/pathAt';
import { scalarText } from '../parse/yamlNodes';
import { descriptionAt } from '../schema/schemaNavigator';
import { resolveInterpolation, scanInterpolations } from '../text/interpolation';

/** Docs for keys, values of `${VARS}`, the definition behind a reference, and local image details. */
export async function hover(
  doc: ComposeDocument,
  position: Position,
  context: ComposeContext,
  token: CancellationTokenLike,
): Promise<Hover | undefined> {
  if (token.isCancellationRequested) {
    return undefined;
  }
  const offset = doc.toOffset(position);
  const hit = nodeAt(doc.yaml, offset);
  if (!hit?.node.range) {
    return undefined;
  }
  const [start, end] = hit.node.range;
  const markdown = (value: string, from = start, to = end): Hover => ({
    contents: { kind: MarkupKind.Markdown, value },
    range: doc.toRange(from, to),
  });
  const use = scanInterpolations(doc.text.slice(start, end), start)
    .uses.filter(u => u.start <= offset && offset < u.end)
    .pop();
  if (use) {
    return markdown(describeVariable(use, context.variables(doc)), use.start, use.end);
  }
  // References first: a `depends_on` entry in mapping form is a key that names a service.
  const reference = doc.model.references.find(r => r.start <= offset && offset <= r.end);
  const declaration = reference ? doc.model.declarations.get(reference.kind)?.get(reference.name) : undefined;
  if (reference && declaration) {
    const definitionEnd = Math.max(declaration.value?.range?.[1] ?? declaration.end, declaration.end);
    const source = doc.text.slice(doc.text.lastIndexOf('\n', declaration.start) + 1, definitionEnd).trimEnd();
    return markdown(`${reference.kind} **${reference.name}**\n\n\`\`\`yaml\n${source}\n\`\`\``, reference.start, reference.end);
  }
  if (hit.isKey) {
    const description = descriptionAt(hit.path);
    return description ? markdown(`**${hit.path[hit.path.length - 1] ?? ''}**\n\n${description}`) : undefined;
  }
  const image = scalarText(hit.node);
  if (hit.path[0] === 'services' && hit.path.length === 3 && hit.path[2] === 'image' && image) {
    const details = await context.deps.images.inspect(image);
    return details && !token.isCancellationRequested ? markdown(describeImage(details)) : undefined;
  }
  return undefined;
}

function describeVariable(use: ReturnType<typeof scanInterpolations>['uses'][number], variables: ReadonlyMap<string, string>): string {
  const value = variables.get(use.name);
  const resolved = resolveInterpolation(use, variables);
  const source = value === undefined ? 'not set in `.env`' : `\`${use.name}=${value}\` in \`.env\``;
  const outcome =
    resolved === undefined
      ? use.modifier.includes('?')
        ? `Compose stops with: ${use.argument || `${use.name} is required`}`
        : 'empty unless set in the shell'
      : `\`${resolved}\``;
  const fallback = use.modifier.endsWith('-') ? ` (default \`${use.argument}\`)` : '';
  return `**${use.name}**: ${source}${fallback}\n\nResolves to ${outcome}. Variables set in the shell take precedence over \`.env\`.`;
}

function describeImage(image: LocalImage): string {
  const lines = [
    `**${image.reference}** (local image)`,
    '',
    `- ID: \`${image.id.replace(/^sha256:/, '').slice(0, 12)}\``,
    `- Size: ${(image.size / 1_000_000).toFixed(1)} MB`,
    `- Created: ${image.created}`,
  ];
  if (image.platform) {
    lines.push(`- Platform: ${image.platform}`);
  }
  if (image.layers !== undefined) {
    lines.push(`- Layers: ${image.layers}`);
  }
  return lines.join('\n');
}
