import type { DockerfileRule } from './rule';
import { eachInstruction } from './util';

export const instructionCasing: DockerfileRule = {
  code: 'dockerfile.instruction-casing',
  buildkit: 'ConsistentInstructionCasing',
  defaultSeverity: 'warning',
  description: 'Instruction keywords should be all upper case (or, consistently, all lower case).',
  check(doc, report) {
    let upper = 0;
    let lower = 0;
    for (const ins of doc.instructions) {
      upper += ins.keywordRaw === ins.keyword ? 1 : 0;
      lower += ins.keywordRaw === ins.keyword.toLowerCase() ? 1 : 0;
    }
    const wantLower = lower > upper;
    for (const ins of eachInstruction(doc)) {
      const wanted = wantLower ? ins.keyword.toLowerCase() : ins.keyword;
      if (ins.keywordRaw !== wanted) {
        report(ins.keywordRange, `Write '${wanted}' like the file's other instructions.`, { data: { replacement: wanted } });
      }
    }
  },
};
