import type { DockerfileRule } from './rule';
import { stageInstructions } from './util';

export const lastUserRoot: DockerfileRule = {
  code: 'dockerfile.last-user-root',
  defaultSeverity: 'warning',
  description: 'The final stage switches to root last, so the container runs as root.',
  check(doc, report) {
    // Only when the final stage has USER: without one the user comes from the base image, which we cannot see.
    const stage = doc.stages[doc.stages.length - 1];
    if (!stage) {
      return;
    }
    const users = stageInstructions(doc, stage).filter(ins => ins.keyword === 'USER' && ins.args.length > 0);
    const last = users[users.length - 1];
    if (last && /^(root|0)(:.*)?$/.test(last.args[0].value)) {
      report(last.args[0].range, 'The image runs as root: switch to an unprivileged USER after the steps that need root.');
    }
  },
};

export const exposeSsh: DockerfileRule = {
  code: 'dockerfile.expose-ssh',
  // Information, not warning: for an image whose purpose is an SSH server, 22 is right.
  defaultSeverity: 'information',
  description: 'EXPOSE 22: running sshd in a container is rarely wanted; use docker exec.',
  local: true,
  check(ins, report) {
    for (const arg of ins.keyword === 'EXPOSE' ? ins.args : []) {
      if (/^22(\/tcp)?$/i.test(arg.value)) {
        report(arg.range, 'Exposing SSH (22) suggests sshd in the container; use docker exec to get a shell instead.');
      }
    }
  },
};

export const consecutiveRun: DockerfileRule = {
  code: 'dockerfile.consecutive-run',
  // Off by default: on real files (half of the Official Images' Dockerfiles) separate RUNs are
  // deliberate, to keep a slow step's layer cached; a hint there is noise. Opt in per project.
  defaultSeverity: 'off',
  description: 'Consecutive RUN instructions each make a layer; joining them with && can make the image smaller.',
  check(doc, report) {
    for (const stage of doc.stages) {
      const instructions = stageInstructions(doc, stage);
      for (let i = 1; i < instructions.length; i++) {
        const previous = instructions[i - 1];
        const ins = instructions[i];
        // RUNs with flags (mounts, network) cannot simply be merged.
        if (
          ins.keyword === 'RUN' &&
          previous.keyword === 'RUN' &&
          ins.flags.length === 0 &&
          previous.flags.length === 0 &&
          !ins.json &&
          !previous.json &&
          ins.heredocs.length === 0 &&
          previous.heredocs.length === 0
        ) {
          report(ins.keywordRange, 'This RUN directly follows another; joining them with && saves a layer.');
        }
      }
    }
  },
};
