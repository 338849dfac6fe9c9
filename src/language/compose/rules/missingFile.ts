import { isMap, type Node } from 'yaml';
import { resolveLocal } from '../../common/documentFolder';
import { items, resolve, scalarText, value } from '../parse/yamlNodes';
import type { Report, ComposeRule, RuleContext } from './ComposeRule';
import { serviceEntries } from './serviceEntries';

/** `env_file` and `build.context` paths that are not on disk: `up` would stop on them. */
export const missingFile: ComposeRule = {
  code: 'compose.missing-file',
  defaultSeverity: 'warning',
  description: 'An `env_file` or `build.context` path does not exist.',
  check(context, report) {
    const { doc } = context;
    for (const { service, entry, value: node } of serviceEntries(doc)) {
      if (entry.key === 'env_file') {
        for (const file of envFiles(context, node)) {
          check(context, file, `Env file \`${scalarText(file) ?? ''}\` of service \`${service}\` does not exist.`, report);
        }
      } else if (entry.key === 'build') {
        const contextNode = isMap(node) ? value(doc.yaml, node, 'context') : node;
        if (contextNode) {
          check(
            context,
            contextNode,
            `Build context \`${scalarText(contextNode) ?? ''}\` of service \`${service}\` does not exist.`,
            report,
          );
        }
      }
    }
  },
};

function check({ doc, fs, folder }: RuleContext, node: Node, message: string, report: Report): void {
  const written = scalarText(node);
  const absolute = written === undefined ? undefined : resolveLocal(folder, written);
  if (absolute && node.range && !fs.exists(absolute)) {
    report(doc.toRange(node.range[0], node.range[1]), message);
  }
}

/** `env_file: a.env`, `[a.env]`, or `[{path: a.env, required: false}]` — optional files are skipped. */
function envFiles({ doc }: RuleContext, node: Node | null): Node[] {
  const list = items(doc.yaml, node);
  const written = list.length > 0 ? list : node ? [node] : [];
  return written.flatMap(item => {
    if (!isMap(item)) {
      return [item];
    }
    const required = scalarText(value(doc.yaml, item, 'required'));
    const path = resolve(doc.yaml, value(doc.yaml, item, 'path'));
    return required === 'false' || !path ? [] : [path];
  });
}
