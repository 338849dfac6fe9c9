import { sectionOf, type NameKind } from '../parse/names';
import { didYouMean } from '../../common/editDistance';
import type { ComposeRule } from './ComposeRule';

/** Networks every project has without declaring them. */
const implicit: Partial<Record<NameKind, ReadonlySet<string>>> = { network: new Set(['default']) };

function undefinedReference(kind: NameKind): ComposeRule {
  const section = sectionOf[kind];
  return {
    code: `compose.undefined-${kind}`,
    defaultSeverity: 'error',
    description: `A ${kind} is used but not declared under top-level \`${section}\`.`,
    check({ doc }, report) {
      // Included files can declare what this one uses; without reading them nothing is certain.
      if (doc.model.hasInclude) {
        return;
      }
      const declared = doc.model.declarations.get(kind) ?? new Map();
      for (const ref of doc.model.references) {
        if (ref.kind === kind && !declared.has(ref.name) && !implicit[kind]?.has(ref.name)) {
          const where = kind === 'service' ? `\`${ref.via}\` of service \`${ref.service}\`` : `service \`${ref.service}\``;
          report(
            doc.toRange(ref.start, ref.end),
            `${capitalised(kind)} \`${ref.name}\` used in ${where} is not defined under \`${section}\`${didYouMean(ref.name, declared.keys()) || '.'}`,
          );
        }
      }
    },
  };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export const undefinedService = undefinedReference('service');
export const undefinedNetwork = undefinedReference('network');
export const undefinedVolume = undefinedReference('volume');
export const undefinedSecret = undefinedReference('secret');
export const undefinedConfig = undefinedReference('config');
