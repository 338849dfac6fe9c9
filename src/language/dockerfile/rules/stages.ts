import { reservedStageNames } from '../knowledge/instructions';
import { stageByName } from '../parse/scope';
import type { DockerfileRule } from './rule';
import { closest } from '../../common/editDistance';

export const duplicateStageName: DockerfileRule = {
  code: 'dockerfile.duplicate-stage-name',
  buildkit: 'DuplicateStageName',
  defaultSeverity: 'error',
  description: 'Two stages have the same name (names compare case-insensitively).',
  check(doc, report) {
    const seen = new Set<string>();
    for (const stage of doc.stages) {
      const token = stage.from.from?.stage;
      if (!token) {
        continue;
      }
      const key = token.value.toLowerCase();
      if (seen.has(key)) {
        report(token.range, `A stage named '${token.value}' already exists.`);
      }
      seen.add(key);
    }
  },
};

export const reservedStageName: DockerfileRule = {
  code: 'dockerfile.reserved-stage-name',
  buildkit: 'ReservedStageName',
  defaultSeverity: 'error',
  description: "A stage is named 'scratch' or 'context', which the builder reserves.",
  check(doc, report) {
    for (const stage of doc.stages) {
      const token = stage.from.from?.stage;
      if (token && (reservedStageNames as readonly string[]).includes(token.value.toLowerCase())) {
        report(token.range, `'${token.value}' is reserved and cannot name a stage.`);
      }
    }
  },
};

export const stageNameCasing: DockerfileRule = {
  code: 'dockerfile.stage-name-casing',
  buildkit: 'StageNameCasing',
  defaultSeverity: 'warning',
  description: 'Stage names should be lower case.',
  check(doc, report) {
    for (const stage of doc.stages) {
      const token = stage.from.from?.stage;
      if (token && token.value !== token.value.toLowerCase()) {
        report(token.range, `Write the stage name in lower case: '${token.value.toLowerCase()}'.`, {
          data: { replacement: token.value.toLowerCase() },
        });
      }
    }
  },
};

export const fromAsCasing: DockerfileRule = {
  code: 'dockerfile.from-as-casing',
  buildkit: 'FromAsCasing',
  defaultSeverity: 'warning',
  description: "The 'AS' in FROM … AS name should match the casing of 'FROM'.",
  check(doc, report) {
    for (const stage of doc.stages) {
      const as = stage.from.from?.asKeyword;
      if (!as) {
        continue;
      }
      const raw = stage.from.keywordRaw;
      const wanted = raw === raw.toUpperCase() ? 'AS' : raw === raw.toLowerCase() ? 'as' : undefined;
      if (wanted && as.value !== wanted) {
        report(as.range, `'${as.value}' does not match the casing of '${stage.from.keywordRaw}': write '${wanted}'.`, {
          data: { replacement: wanted },
        });
      }
    }
  },
};

export const copyFromStage: DockerfileRule = {
  code: 'dockerfile.copy-from-stage',
  defaultSeverity: 'error',
  description: 'COPY --from names the stage itself, a later stage, or a stage index out of range.',
  check(doc, report) {
    for (const stage of doc.stages) {
      for (let i = stage.first + 1; i <= stage.last; i++) {
        const flag = doc.instructions[i].keyword === 'COPY' ? doc.instructions[i].flags.find(f => f.name === 'from') : undefined;
        const value = flag?.value;
        if (!flag || !value || value.includes('$')) {
          continue;
        }
        const range = flag.valueRange ?? flag.range;
        if (/^\d+$/.test(value)) {
          if (Number(value) >= stage.index) {
            report(range, `Stage ${value} is not an earlier stage (this is stage ${stage.index}).`);
          }
          continue;
        }
        const named = stageByName(doc, value);
        if (named && named.index >= stage.index) {
          report(
            range,
            named.index === stage.index
              ? 'A stage cannot copy from itself.'
              : `Stage '${value}' is defined later; COPY --from can only use earlier stages.`,
          );
        } else if (!named && !/[:/.@]/.test(value)) {
          // An unknown plain word is read as an image name; flag it only when it looks like a stage typo.
          const guess = closest(
            value,
            doc.stages
              .slice(0, stage.index)
              .map(s => s.name)
              .filter((n): n is string => n !== null),
          );
          if (guess) {
            report(range, `No stage named '${value}' (it will be pulled as an image). Did you mean '${guess}'?`, {
              severity: 'warning',
              data: { replacement: guess },
            });
          }
        }
      }
    }
  },
};
