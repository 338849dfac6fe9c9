import { isSignal } from '../../common/signals';
import type { DockerfileRule } from './rule';
import { hasVariable } from './util';

const protocols = ['tcp', 'udp', 'sctp'];

function portProblem(port: string): string | undefined {
  const n = Number(port);
  return /^\d+$/.test(port) && n >= 1 && n <= 65535 ? undefined : `'${port}' is not a port number (1-65535).`;
}

export const invalidExpose: DockerfileRule = {
  code: 'dockerfile.invalid-expose',
  buildkit: 'ExposeInvalidFormat',
  defaultSeverity: 'error',
  description: 'EXPOSE takes `port[/protocol]` or a range `from-to[/protocol]`; host addresses and host ports belong to `docker run -p`.',
  local: true,
  check(ins, report) {
    if (ins.keyword !== 'EXPOSE') {
      return;
    }
    for (const arg of ins.args) {
      if (hasVariable(arg.value)) {
        continue;
      }
      const [ports, protocol, ...rest] = arg.value.split('/');
      if (ports.includes(':')) {
        report(
          arg.range,
          `EXPOSE '${arg.value}' names a host address or port; EXPOSE declares only the container port — publish with 'docker run -p'.`,
        );
        continue;
      }
      const bounds = ports.split('-');
      const problem =
        rest.length > 0 || bounds.length > 2
          ? `'${arg.value}' is not port[/protocol].`
          : (bounds.map(portProblem).find(p => p !== undefined) ??
            (bounds.length === 2 && Number(bounds[0]) > Number(bounds[1]) ? `The range '${ports}' runs backwards.` : undefined) ??
            (protocol !== undefined && !protocols.includes(protocol.toLowerCase())
              ? `Unknown protocol '${protocol}': use tcp, udp or sctp.`
              : undefined));
      if (problem) {
        report(arg.range, problem);
      }
    }
  },
};

export const exposeProtoCasing: DockerfileRule = {
  code: 'dockerfile.expose-proto-casing',
  buildkit: 'ExposeProtoCasing',
  defaultSeverity: 'warning',
  description: 'EXPOSE protocols are written in lower case (tcp, udp, sctp).',
  local: true,
  check(ins, report) {
    if (ins.keyword !== 'EXPOSE') {
      return;
    }
    for (const arg of ins.args) {
      const protocol = arg.value.split('/')[1];
      if (protocol && protocols.includes(protocol.toLowerCase()) && protocol !== protocol.toLowerCase()) {
        report(arg.range, `Write the protocol in lower case: '${arg.value.toLowerCase()}'.`, {
          data: { replacement: arg.value.toLowerCase() },
        });
      }
    }
  },
};

export const invalidStopsignal: DockerfileRule = {
  code: 'dockerfile.invalid-stopsignal',
  defaultSeverity: 'error',
  description: 'STOPSIGNAL takes a signal name such as SIGTERM (or SIGRTMIN+n) or a signal number.',
  local: true,
  check(ins, report) {
    const arg = ins.keyword === 'STOPSIGNAL' ? ins.args[0] : undefined;
    if (!arg || hasVariable(arg.value)) {
      return;
    }
    if (!isSignal(arg.value)) {
      report(arg.range, `'${arg.value}' is not a signal: use a name such as SIGTERM or SIGQUIT, or a number.`);
    }
  },
};

export const invalidJson: DockerfileRule = {
  code: 'dockerfile.invalid-json',
  defaultSeverity: 'error',
  description:
    'An exec-form (JSON array) argument is not valid JSON, e.g. uses single quotes; the builder then runs it as a shell command.',
  local: true,
  check(ins, report) {
    if (ins.json || (!ins.jsonLike && ins.keyword !== 'SHELL') || ins.args.length === 0) {
      return;
    }
    // `RUN [ -f x ] && …` is the shell's test command; only a `["…` start is an attempted exec form.
    const attempted =
      ins.keyword === 'SHELL' ||
      (/^\[\s*["']/.test(ins.body.trim()) && ins.keyword !== 'ARG' && ins.keyword !== 'ENV' && ins.keyword !== 'LABEL');
    if (!attempted) {
      return;
    }
    const range = { start: ins.args[0].range.start, end: ins.args[ins.args.length - 1].range.end };
    const quotes = /^\[\s*'/.test(ins.body.trim()) || /,\s*'/.test(ins.body);
    const message =
      ins.keyword === 'SHELL'
        ? 'SHELL needs a JSON array of strings, e.g. ["/bin/bash", "-c"].'
        : `Not valid JSON${quotes ? ' (JSON strings take double quotes, not single)' : ''}: the builder will run this as a shell command, brackets included.`;
    report(range, message);
  },
};
