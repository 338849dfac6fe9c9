import type { Hover, Position } from 'vscode-languageserver-types';
import type { CancellationTokenLike } from '../../common/documents';
import type { ImageSource } from '../../common/EngineImages';
import { rangeContains } from '../../common/lineIndex';
import { directiveDocs, instructionDocs } from '../knowledge/docs';
import { instructionFlags } from '../knowledge/instructions';
import type { DfDocument } from '../parse/model';
import { globalArgs, instructionIndexAt, scopeBefore, stageByName } from '../parse/scope';
import { formatBytes } from '../../../shared/formatBytes';
import { targetAt } from '../navigation/occurrences';

const markdown = (value: string): Hover['contents'] => ({ kind: 'markdown', value });

/** Docs for directives, instructions and flags, the value of a variable, a stage, and local image details. */
export async function hover(doc: DfDocument, at: Position, images: ImageSource, token: CancellationTokenLike): Promise<Hover | undefined> {
  if (token.isCancellationRequested) {
    return undefined;
  }
  const directive = doc.directives.find(d => rangeContains(d.range, at));
  if (directive) {
    return directiveDocs[directive.name] ? { contents: markdown(directiveDocs[directive.name]), range: directive.range } : undefined;
  }
  const index = instructionIndexAt(doc, at.line);
  const ins = index >= 0 ? doc.instructions[index] : undefined;
  if (!ins) {
    return undefined;
  }
  const subject = ins.trigger && rangeContains(ins.trigger.keywordRange, at) ? ins.trigger : ins;
  if (rangeContains(subject.keywordRange, at)) {
    const text = instructionDocs[subject.keyword];
    return text ? { contents: markdown(`**${subject.keyword}**\n\n${text}`), range: subject.keywordRange } : undefined;
  }
  const flag = ins.flags.find(f => rangeContains(f.nameRange, at));
  const flagSpec = flag ? instructionFlags[ins.keyword]?.find(s => s.name === flag.name) : undefined;
  if (flag && flagSpec) {
    return { contents: markdown(`**--${flag.name}**\n\n${flagSpec.doc}`), range: flag.nameRange };
  }
  const target = targetAt(doc, at);
  if (target?.kind === 'variable') {
    const scope = ins.keyword === 'FROM' ? globalArgs(doc) : scopeBefore(doc, index);
    const definition = scope.get(target.name);
    const value = definition ? (definition.value ?? '(no default)') : '(not defined by this Dockerfile)';
    return { contents: markdown(`\`${target.name}\` = \`${value}\`${definition ? ` (${definition.kind})` : ''}`), range: target.range };
  }
  if (target?.kind === 'stage') {
    const stage = stageByName(doc, target.name);
    return stage
      ? {
          contents: markdown(`Stage **${stage.name ?? ''}** (#${stage.index}) from \`${stage.from.from?.image?.value ?? '?'}\``),
          range: target.range,
        }
      : undefined;
  }
  const image = ins.from?.image;
  if (image && rangeContains(image.range, at) && !image.value.includes('$')) {
    // Copied before waiting: a later edit may move the records of this parse in place.
    const range = { start: { ...image.range.start }, end: { ...image.range.end } };
    const local = await images.inspect(image.value);
    if (!local || token.isCancellationRequested) {
      return undefined;
    }
    const lines = [`**${local.reference}** (local image)`, '', `- Size: ${formatBytes(local.size)}`, `- Created: ${local.created}`];
    lines.push(`- Platform: ${local.platform ?? 'unknown'}`, `- Layers: ${local.layers ?? 'unknown'}`);
    return { contents: markdown(lines.join('\n')), range };
  }
  return undefined;
}
