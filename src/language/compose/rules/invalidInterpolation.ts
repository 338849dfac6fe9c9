import { isScalar } from 'yaml';
import { walkYaml } from '../parse/yamlNodes';
import { scanInterpolations } from '../text/interpolation';
import type { ComposeRule } from './ComposeRule';
import { scopedRoots } from './serviceEntries';

/** `${` without `}`, unknown modifiers and lone `$`: Compose stops with "invalid interpolation format". */
export const invalidInterpolation: ComposeRule = {
  code: 'compose.invalid-interpolation',
  local: true,
  defaultSeverity: 'error',
  description: 'A `$` expression is not valid Compose interpolation.',
  check({ doc, scope }, report) {
    for (const root of scopedRoots(doc, scope)) {
      walkYaml(root, node => {
        if (!isScalar(node) || !node.range || typeof node.value !== 'string' || !node.value.includes('$')) {
          return;
        }
        // The raw source, not the parsed value: offsets then land on the characters the user typed.
        const [start, end] = node.range;
        for (const error of scanInterpolations(doc.text.slice(start, end), start).errors) {
          report(doc.toRange(error.start, error.end), error.message);
        }
      });
    }
  },
};
