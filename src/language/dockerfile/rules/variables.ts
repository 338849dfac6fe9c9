import { predefinedArgs } from '../knowledge/instructions';
import type { DfDocument, DfInstruction, DfStage } from '../parse/model';
import { defineAll, globalArgs, scopeBefore, stageByName, type Scope } from '../parse/scope';
import type { DockerfileRule, Report } from './rule';
import { closest } from '../../common/editDistance';

/** Instructions whose variables the builder expands (RUN's are expanded by the shell at run time). */
const expandedByBuilder = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);

/** Environment every Linux image has, so a use of it is never a typo. */
const alwaysThere = new Set(['PATH', 'HOME', 'HOSTNAME', 'TERM', 'PWD', 'SHELL', 'USER', 'LANG']);

/** Whether the stage starts from nothing (scratch, directly or through stages of this file), so its whole environment is known. */
function rootedInScratch(doc: DfDocument, stage: DfStage, depth = 0): boolean {
  const image = stage.from.from?.image?.value.toLowerCase();
  if (image === 'scratch') {
    return true;
  }
  const parent = image && depth < 16 ? stageByName(doc, image, stage.index) : undefined;
  return parent ? rootedInScratch(doc, parent, depth + 1) : false;
}

function checkUses(ins: DfInstruction, scope: Scope, known: boolean, report: Report): void {
  for (const variable of ins.variables) {
    const name = variable.name;
    // ENV A=1 B=$A: a property earlier on the same instruction defines it too.
    const definedEarlierHere = ins.properties.some(
      p =>
        p.name === name &&
        (p.nameRange.start.line < variable.range.start.line ||
          (p.nameRange.start.line === variable.range.start.line && p.nameRange.start.character < variable.range.start.character)),
    );
    if (
      variable.modifier !== null ||
      scope.has(name) ||
      alwaysThere.has(name) ||
      (predefinedArgs as readonly string[]).includes(name) ||
      definedEarlierHere
    ) {
      continue;
    }
    // The base image may define it (we cannot see its ENV), so without a near match stay quiet
    // unless the stage starts from scratch.
    const guess = closest(name, scope.keys());
    if (guess || known) {
      report(variable.nameRange, `'${name}' is not defined here.${guess ? ` Did you mean '${guess}'?` : ''}`, {
        data: { replacement: guess },
      });
    }
  }
}

export const undefinedVariable: DockerfileRule = {
  code: 'dockerfile.undefined-variable',
  buildkit: 'UndefinedVar',
  defaultSeverity: 'warning',
  description: 'A variable used by the builder is not defined by an ARG or ENV before it.',
  check(doc, report) {
    const globals = globalArgs(doc);
    for (const stage of doc.stages) {
      const known = rootedInScratch(doc, stage);
      // The scope is built once per stage and extended as the walk passes each ARG/ENV.
      const scope: Scope = scopeBefore(doc, stage.first + 1, globals);
      for (let i = stage.first + 1; i <= stage.last; i++) {
        const ins = doc.instructions[i];
        if (expandedByBuilder.has(ins.keyword)) {
          checkUses(ins, scope, known, report);
        }
        if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
          defineAll(scope, ins, globals);
        }
      }
    }
  },
};

export const undefinedArgInFrom: DockerfileRule = {
  code: 'dockerfile.undefined-arg-in-from',
  buildkit: 'UndefinedArgInFrom',
  defaultSeverity: 'warning',
  description: 'FROM uses a variable that no ARG before the first FROM declares.',
  check(doc, report) {
    const globals = globalArgs(doc);
    for (const stage of doc.stages) {
      for (const variable of stage.from.variables) {
        if (globals.has(variable.name) || (predefinedArgs as readonly string[]).includes(variable.name)) {
          continue;
        }
        const guess = closest(variable.name, globals.keys());
        report(
          variable.nameRange,
          `'${variable.name}' is not declared by an ARG before the first FROM.${guess ? ` Did you mean '${guess}'?` : ''}`,
          { data: { replacement: guess } },
        );
      }
    }
  },
};

export const invalidDefaultArgInFrom: DockerfileRule = {
  code: 'dockerfile.invalid-default-arg-in-from',
  buildkit: 'InvalidDefaultArgInFrom',
  defaultSeverity: 'warning',
  description: 'FROM uses a global ARG that has no default, so the build breaks unless --build-arg sets it.',
  check(doc, report) {
    const globals = globalArgs(doc);
    for (const stage of doc.stages) {
      const image = stage.from.from?.image?.value ?? '';
      for (const variable of stage.from.variables) {
        const definition = globals.get(variable.name);
        // `${VAR:-x}` or a variable that is only part of the name (e.g. a tag suffix) still yields a valid reference.
        if (
          (definition && definition.value === null && variable.modifier === null && image.trim() === `$${variable.name}`) ||
          (definition && definition.value === null && image.trim() === `\${${variable.name}}`)
        ) {
          report(variable.nameRange, `ARG ${variable.name} has no default: without --build-arg the image name is empty.`);
        }
      }
    }
  },
};
