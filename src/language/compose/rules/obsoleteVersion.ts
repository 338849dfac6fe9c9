import { entry } from '../parse/yamlNodes';
import type { ComposeRule } from './ComposeRule';

/** Compose v2 ignores `version` and warns about it; the line can simply go. */
export const obsoleteVersion: ComposeRule = {
  code: 'compose.obsolete-version',
  defaultSeverity: 'hint',
  description: 'The top-level `version` key is obsolete.',
  check({ doc }, report) {
    const version = entry(doc.yaml, doc.yaml.contents, 'version');
    const start = version?.keyNode.range?.[0];
    if (version && start !== undefined) {
      const end = version.value?.range?.[1] ?? version.keyNode.range?.[1] ?? start;
      report(
        doc.toRange(start, end),
        '`version` is obsolete: Compose ignores it and reads every file by the Compose Specification. Remove it.',
        { tags: ['unnecessary'] },
      );
    }
  },
};
