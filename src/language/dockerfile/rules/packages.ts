import type { DfInstruction } from '../parse/model';
import type { DockerfileRule } from './rule';
import { isAptCommand, runCommands, stageInstructions } from './util';

/** A RUN whose cache mount keeps apt's or apk's files out of the layer anyway. */
function cachesDir(ins: DfInstruction, dir: string): boolean {
  return ins.flags.some(
    f => f.name === 'mount' && f.options.some(o => ['target', 'dst', 'destination'].includes(o.name) && (o.value ?? '').startsWith(dir)),
  );
}

export const aptUpdateAlone: DockerfileRule = {
  code: 'dockerfile.apt-update-alone',
  defaultSeverity: 'warning',
  description: 'apt-get update in a RUN of its own: its cached layer makes later installs use stale package lists.',
  check(doc, report) {
    for (const stage of doc.stages) {
      const runs = stageInstructions(doc, stage).filter(ins => ins.keyword === 'RUN');
      // Walk backwards once, remembering whether a later RUN of the stage installs.
      let laterInstall = false;
      for (let i = runs.length - 1; i >= 0; i--) {
        const commands = runCommands(runs[i]);
        const installs = commands.some(c => isAptCommand(c, 'install'));
        if (!installs && laterInstall && commands.some(c => isAptCommand(c, 'update'))) {
          report(
            runs[i].keywordRange,
            'Run apt-get update in the same RUN as apt-get install: a cached update layer makes later installs use stale lists.',
          );
        }
        laterInstall ||= installs;
      }
    }
  },
};

/**
 * The apt-get installs of a RUN that really install: a simulated one (`-s`, `--dry-run`, …, as
 * postgres uses to probe for a package) neither prompts nor downloads.
 */
function aptInstalls(ins: DfInstruction): string[] {
  return runCommands(ins).filter(
    c => isAptCommand(c, 'install') && !/\s(-s|--simulate|--just-print|--dry-run|--recon|--no-act)(\s|$)/.test(` ${c}`),
  );
}

/** Options of a command before its first plain word may come from a variable (`apt-get install $APT_OPTS x`). */
function optionsFromVariable(command: string): boolean {
  return /\s\$\{?[A-Za-z_][A-Za-z0-9_]*(OPT|FLAG|ARG)[A-Za-z0-9_]*\}?/i.test(` ${command}`);
}

export const aptInstallYes: DockerfileRule = {
  code: 'dockerfile.apt-install-yes',
  defaultSeverity: 'warning',
  description: 'apt-get install without -y waits for a confirmation that never comes and fails the build.',
  local: true,
  check(ins, report) {
    const answered = (c: string) =>
      /(\s-[a-zA-Z]*y[a-zA-Z]*|\s--yes|\s--assume-yes|\s-qq|APT::Get::Assume-Yes=(true|1|yes))(\s|$)/i.test(` ${c}`);
    if (
      aptInstalls(ins).some(
        c => !answered(c) && !optionsFromVariable(c) && !/(^|\s)yes(\s+\S+)?\s*\|\s*$/.test(ins.body.slice(0, ins.body.indexOf(c))),
      )
    ) {
      report(ins.keywordRange, 'apt-get install needs -y: the build cannot answer its prompt.');
    }
  },
};

export const aptNoInstallRecommends: DockerfileRule = {
  code: 'dockerfile.apt-no-install-recommends',
  finalImageOnly: true,
  defaultSeverity: 'information',
  description: 'apt-get install without --no-install-recommends pulls in packages the image does not need.',
  local: true,
  check(ins, report) {
    if (
      aptInstalls(ins).some(c => !c.includes('--no-install-recommends') && !/APT::Install-Recommends/.test(c) && !optionsFromVariable(c))
    ) {
      report(ins.keywordRange, 'Add --no-install-recommends to keep recommended-but-unneeded packages out of the image.');
    }
  },
};

export const aptListsNotRemoved: DockerfileRule = {
  code: 'dockerfile.apt-lists-not-removed',
  finalImageOnly: true,
  defaultSeverity: 'information',
  description: 'A RUN that installs with apt-get leaves /var/lib/apt/lists in the layer.',
  local: true,
  check(ins, report) {
    // `apt-get dist-clean` (apt ≥ 2.7, Debian trixie) removes the lists too: the newer idiom.
    const cleaned = ins.body.includes('/var/lib/apt/lists') || runCommands(ins).some(c => isAptCommand(c, 'dist-clean'));
    if (aptInstalls(ins).length > 0 && !cleaned && !cachesDir(ins, '/var/lib/apt')) {
      report(ins.keywordRange, "End this RUN with '&& rm -rf /var/lib/apt/lists/*': the package lists otherwise stay in the layer.");
    }
  },
};

export const apkNoCache: DockerfileRule = {
  code: 'dockerfile.apk-no-cache',
  finalImageOnly: true,
  defaultSeverity: 'information',
  description: 'apk add without --no-cache leaves the package index in the layer.',
  local: true,
  check(ins, report) {
    // `apk add --no-network` installs from what is already there (a virtual package, a local
    // file): nothing is downloaded, so no index is cached.
    const adds = runCommands(ins).filter(c => /(^|\s)apk(\s+-\S+)*\s+add(\s|$)/.test(c) && !/\s--no-network(\s|$)/.test(` ${c} `));
    if (
      adds.some(c => !c.includes('--no-cache')) &&
      !ins.body.includes('/var/cache/apk') &&
      !cachesDir(ins, '/var/cache/apk') &&
      !cachesDir(ins, '/etc/apk/cache')
    ) {
      report(ins.keywordRange, 'Use apk add --no-cache so the package index does not stay in the layer.');
    }
  },
};
