import { closest } from './editDistance';

/**
 * The signal names the engine knows on Linux (moby/sys `signal.SignalMap`, with the `SIG` prefix);
 * realtime signals are `SIGRTMIN`, `SIGRTMIN+1` … `+15`, `SIGRTMAX-14` … `-1` and `SIGRTMAX`.
 */
export const signals = [
  'SIGABRT',
  'SIGALRM',
  'SIGBUS',
  'SIGCHLD',
  'SIGCLD',
  'SIGCONT',
  'SIGFPE',
  'SIGHUP',
  'SIGILL',
  'SIGINT',
  'SIGIO',
  'SIGIOT',
  'SIGKILL',
  'SIGPIPE',
  'SIGPOLL',
  'SIGPROF',
  'SIGPWR',
  'SIGQUIT',
  'SIGSEGV',
  'SIGSTKFLT',
  'SIGSTOP',
  'SIGSYS',
  'SIGTERM',
  'SIGTRAP',
  'SIGTSTP',
  'SIGTTIN',
  'SIGTTOU',
  'SIGURG',
  'SIGUSR1',
  'SIGUSR2',
  'SIGVTALRM',
  'SIGWINCH',
  'SIGXCPU',
  'SIGXFSZ',
] as const;

const known: ReadonlySet<string> = new Set(signals);

/**
 * Whether the engine's `ParseSignal` accepts the text (as `STOPSIGNAL` or Compose's `stop_signal`):
 * a name in any case with or without `SIG` (`SIGTERM`, `term`), or a signal number (1–64).
 */
export function isSignal(text: string): boolean {
  if (/^\d+$/.test(text)) {
    return Number(text) >= 1 && Number(text) <= 64;
  }
  const name = `SIG${text.toUpperCase().replace(/^SIG/, '')}`;
  const realtime = /^SIGRTM(IN(\+([1-9]|1[0-5]))?|AX(-([1-9]|1[0-4]))?)$/.test(name);
  return known.has(name) || realtime;
}

/** The signal a misspelt name was probably meant to be (`SIGTREM` → `SIGTERM`), written as the user wrote theirs. */
export function closestSignal(text: string): string | undefined {
  const bare = text.toUpperCase().replace(/^SIG/, '');
  const meant = closest(bare, [...signals.map(s => s.slice(3)), 'RTMIN', 'RTMAX']);
  if (!meant) {
    return undefined;
  }
  const withPrefix = /^sig/i.test(text) ? `SIG${meant}` : meant;
  return text === text.toLowerCase() ? withPrefix.toLowerCase() : withPrefix;
}
