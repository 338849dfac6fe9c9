import type { DockerfileRule } from './rule';
import { hasVariable, stageInstructions } from './util';

const onlyLastCounts = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export const multipleInstructions: DockerfileRule = {
  code: 'dockerfile.multiple-instructions',
  buildkit: 'MultipleInstructionsDisallowed',
  defaultSeverity: 'warning',
  description: 'A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; only the last takes effect.',
  check(doc, report) {
    for (const stage of doc.stages) {
      const instructions = stageInstructions(doc, stage);
      for (const keyword of onlyLastCounts) {
        const all = instructions.filter(ins => ins.keyword === keyword);
        for (const ins of all.slice(0, -1)) {
          report(ins.keywordRange, `Only the last ${keyword} of a stage takes effect; this one is overridden.`, { tags: ['unnecessary'] });
        }
      }
    }
  },
};

/** Whether a COPY/ADD source climbs out of the build context. */
function escapesContext(source: string): boolean {
  const parts = source.replace(/^\.\//, '').split('/');
  let depth = 0;
  for (const part of parts) {
    depth += part === '..' ? -1 : part === '.' || part === '' ? 0 : 1;
    if (depth < 0) {
      return true;
    }
  }
  return false;
}

export const sourceOutsideContext: DockerfileRule = {
  code: 'dockerfile.source-outside-context',
  defaultSeverity: 'error',
  description: 'A COPY/ADD source points above the build context (../x); the builder only sees files inside the context.',
  local: true,
  check(ins, report) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some(f => f.name === 'from') || ins.heredocs.length > 0) {
      return;
    }
    const sources = ins.json ? [] : ins.args.slice(0, -1);
    for (const source of sources) {
      if (!source.value.includes('..')) {
        continue; // only a `..` step climbs out
      }
      const value = source.value.replace(/^["']|["']$/g, '');
      if (!/^[a-z]+:\/\//i.test(value) && !value.startsWith('git@') && escapesContext(value)) {
        report(source.range, `'${value}' is outside the build context: the builder only sees files below the context directory.`);
      }
    }
  },
};

export const workdirRelativePath: DockerfileRule = {
  code: 'dockerfile.workdir-relative-path',
  buildkit: 'WorkdirRelativePath',
  defaultSeverity: 'warning',
  description: "A relative WORKDIR with no absolute WORKDIR before it in the stage depends on the base image's directory.",
  check(doc, report) {
    for (const stage of doc.stages) {
      let absolute = false;
      for (const ins of stageInstructions(doc, stage)) {
        const path = ins.keyword === 'WORKDIR' ? ins.args[0]?.value.replace(/^["']|["']$/g, '') : undefined;
        if (path === undefined) {
          continue;
        }
        if (path.startsWith('/') || hasVariable(path) || /^[a-zA-Z]:[\\/]/.test(path)) {
          absolute = true;
        } else if (!absolute) {
          report(ins.args[0].range, `Relative WORKDIR '${path}' depends on the base image's working directory; use an absolute path.`);
        }
      }
    }
  },
};

export const legacyKeyValue: DockerfileRule = {
  code: 'dockerfile.legacy-key-value',
  buildkit: 'LegacyKeyValueFormat',
  defaultSeverity: 'warning',
  description: 'ENV/LABEL written `key value` instead of `key=value`.',
  local: true,
  check(ins, report) {
    if (
      (ins.keyword === 'ENV' || ins.keyword === 'LABEL') &&
      ins.properties.length === 1 &&
      !ins.properties[0].hasEquals &&
      ins.properties[0].value !== null
    ) {
      const p = ins.properties[0];
      report(ins.range, `Write '${ins.keyword} ${p.name}=…': the space-separated form is deprecated and ambiguous.`);
    }
  },
};

export const cmdIgnoredByShellEntrypoint: DockerfileRule = {
  code: 'dockerfile.cmd-ignored-by-shell-entrypoint',
  defaultSeverity: 'warning',
  description: 'A stage has a shell-form ENTRYPOINT and a CMD: the shell form ignores CMD (and docker run arguments).',
  check(doc, report) {
    for (const stage of doc.stages) {
      const instructions = stageInstructions(doc, stage);
      const entrypoints = instructions.filter(ins => ins.keyword === 'ENTRYPOINT');
      const entrypoint = entrypoints[entrypoints.length - 1];
      const cmd = instructions.filter(ins => ins.keyword === 'CMD').pop();
      // Only the last of each counts; a CMD before a later ENTRYPOINT is reset by it anyway.
      if (entrypoint && cmd && !entrypoint.jsonLike && entrypoint.args.length > 0 && cmd.range.start.line > entrypoint.range.start.line) {
        report(
          cmd.keywordRange,
          'This CMD is never used: a shell-form ENTRYPOINT runs `/bin/sh -c "…"` and ignores CMD and docker run arguments. Use the exec form for ENTRYPOINT.',
        );
      }
    }
  },
};
