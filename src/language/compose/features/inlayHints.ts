import { isScalar } from 'yaml';
import { walkYaml } from '../parse/yamlNodes';
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import type { ComposeContext } from '../ComposeContext';
import type { ComposeDocument } from '../parse/ComposeDocument';
import { resolveInterpolation, scanInterpolations } from '../text/interpolation';

/** `${TAG:-latest}` → `= 1.2`: what each interpolation becomes with the project's `.env`. */
export function inlayHints(doc: ComposeDocument, range: Range, context: ComposeContext): InlayHint[] {
  const first = doc.toOffset(range.start);
  const last = doc.toOffset(range.end);
  const variables = context.variables(doc);
  const hints: InlayHint[] = [];
  walkYaml(doc.yaml, node => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range || node.range[1] < first || node.range[0] > last) {
      return;
    }
    const [start, end] = node.range;
    let outerEnd = -1;
    for (const use of scanInterpolations(doc.text.slice(start, end), start).uses) {
      // A use nested in another's default is shown through its outer one.
      if (use.start < outerEnd) {
        continue;
      }
      outerEnd = use.end;
      const resolved = resolveInterpolation(use, variables);
      if (resolved !== undefined) {
        hints.push({
          position: doc.toPosition(use.end),
          label: `= ${resolved === '' ? '""' : resolved}`,
          kind: InlayHintKind.Parameter,
          paddingLeft: true,
        });
      }
    }
  });
  return hints;
}
