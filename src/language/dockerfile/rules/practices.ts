import type { DockerfileRule } from './rule';
import { runCommands, stageInstructions } from './util';

export const maintainerDeprecated: DockerfileRule = {
  code: 'dockerfile.maintainer-deprecated',
  buildkit: 'MaintainerDeprecated',
  defaultSeverity: 'warning',
  description: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors.',
  local: true,
  check(ins, report) {
    if (ins.keyword === 'MAINTAINER') {
      report(ins.keywordRange, 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="…".', { tags: ['deprecated'] });
    }
  },
};

const archive = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|gz|bz2|xz)$/i;

export const addInsteadOfCopy: DockerfileRule = {
  code: 'dockerfile.add-instead-of-copy',
  defaultSeverity: 'warning',
  description: "ADD of a local file or directory: COPY does the same without ADD's surprises (local tar archives are extracted).",
  local: true,
  check(ins, report) {
    if (ins.keyword !== 'ADD' || ins.heredocs.length > 0) {
      return;
    }
    const sources = ins.json ? ins.json.slice(0, -1) : ins.args.slice(0, -1).map(a => a.value);
    const remote = sources.some(s => /^[a-z]+:\/\//i.test(s) || s.startsWith('git@'));
    if (sources.length > 0 && !remote && !sources.some(s => archive.test(s) || s.includes('$'))) {
      report(ins.keywordRange, 'Use COPY for local files: ADD also extracts local archives and fetches URLs, which COPY makes explicit.');
    }
  },
};

export const runCd: DockerfileRule = {
  code: 'dockerfile.run-cd',
  defaultSeverity: 'information',
  description: '`RUN cd …` where WORKDIR is meant: each RUN starts in the WORKDIR again, so a lone cd has no effect.',
  local: true,
  check(ins, report) {
    if (ins.keyword !== 'RUN' || ins.json || ins.heredocs.length > 0 || !ins.body.includes('cd')) {
      return;
    }
    const commands = runCommands(ins);
    if (!/^cd(\s|$)/.test(commands[0] ?? '')) {
      return;
    }
    if (commands.length === 1) {
      report(ins.range, 'A RUN with only cd has no effect: the next instruction starts in the WORKDIR again. Use WORKDIR.', {
        severity: 'warning',
      });
    } else if (/^cd\s+\/\S*$/.test(commands[0])) {
      report(ins.keywordRange, 'Use WORKDIR instead of starting a RUN with cd to an absolute directory.');
    }
  },
};

export const sudoInRun: DockerfileRule = {
  code: 'dockerfile.sudo-in-run',
  defaultSeverity: 'warning',
  description: 'sudo in RUN: it is rarely installed, has unpredictable TTY and signal behaviour; switch with USER instead.',
  local: true,
  check(ins, report) {
    if (ins.keyword === 'RUN' && runCommands(ins).some(c => /^sudo(\s|$)/.test(c))) {
      report(ins.keywordRange, 'Avoid sudo in RUN: switch users with USER (and back), or run the step as root.');
    }
  },
};

export const shellFormCommand: DockerfileRule = {
  code: 'dockerfile.shell-form-command',
  buildkit: 'JSONArgsRecommended',
  defaultSeverity: 'warning',
  description: 'CMD/ENTRYPOINT in shell form run under /bin/sh -c, which does not pass signals (docker stop) to the program.',
  // Whole-file: as BuildKit's check, silent once SHELL chose the shell (PowerShell, cmd, bash -c):
  // shell form is then deliberate. A stage built FROM an earlier one inherits its SHELL.
  check(doc, report) {
    const shellAtEnd = new Map<string, boolean>();
    for (const stage of doc.stages) {
      const base = stage.from.args.find(a => !a.value.startsWith('--'))?.value.toLowerCase();
      let shellChosen = base !== undefined && (shellAtEnd.get(base) ?? false);
      for (const ins of stageInstructions(doc, stage)) {
        shellChosen ||= ins.keyword === 'SHELL';
        for (const command of shellChosen ? [] : [ins, ins.trigger]) {
          if (command && (command.keyword === 'CMD' || command.keyword === 'ENTRYPOINT') && command.args.length > 0 && !command.jsonLike) {
            report(
              command.keywordRange,
              `Use the exec form ${command.keyword} ["program", "arg"]: in shell form /bin/sh is PID 1 and the program never sees SIGTERM.`,
            );
          }
        }
      }
      if (stage.name) {
        shellAtEnd.set(stage.name.toLowerCase(), shellChosen);
      }
    }
  },
};

/** Words that mark a secret, matched as whole `_`-separated parts of the name. */
const secretWords = /(^|_)(PASSWORD|PASSWD|PASS|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|SECRET_?KEY|AUTH|CREDENTIALS?)($|_)/i;
/** Parts that say the variable is about a secret (where it is, how it is used) rather than the secret itself. */
const notTheSecret =
  /(^|_)(FILE|FILENAME|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|NAME|USER|ID|LENGTH|HASH|POLICY|PROMPT|TYPE|MODE|METHOD|PUBLIC|TTL|TIMEOUT|EXPIRY|HEADER|ENABLED|DISABLED|REQUIRED)($|_)/i;

export const secretsInArgOrEnv: DockerfileRule = {
  code: 'dockerfile.secrets-in-arg-env',
  buildkit: 'SecretsUsedInArgOrEnv',
  defaultSeverity: 'warning',
  description: 'An ARG or ENV looks like it holds a secret; its value stays visible in the image history.',
  local: true,
  check(ins, report) {
    if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') {
      return;
    }
    for (const p of ins.properties) {
      if (secretWords.test(p.name) && !notTheSecret.test(p.name)) {
        report(
          p.nameRange,
          `'${p.name}' looks like a secret: ARG and ENV values are visible in 'docker history'. Use RUN --mount=type=secret.`,
        );
      }
    }
  },
};
