/**
 * What went wrong, from ssh's exit code and what it wrote to stderr, in words a person can act
 * on. ssh exits 255 for its own failures; any other code is the remote command's.
 */
export function describeSshFailure(code: number | null, stderr: string): string {
  const said = lastLines(stderr);
  const hint = (() => {
    if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .* host key is known/i.test(stderr)) {
      return 'the host key is not in known_hosts (or has changed): connect once with `ssh` in a terminal to check and accept it';
    }
    if (/Permission denied \(/i.test(stderr)) {
      return 'the server refused every key offered: add your key to an ssh-agent (`ssh-add`) or name it with IdentityFile in ~/.ssh/config';
    }
    if (/Connection refused/i.test(stderr)) {
      return 'nothing accepts SSH connections on that host and port';
    }
    if (/timed out|Connection timed out during banner exchange/i.test(stderr)) {
      return 'the host did not answer in time';
    }
    if (/Could not resolve hostname/i.test(stderr)) {
      return 'the host name does not resolve (is it a Host alias of another ssh config?)';
    }
    if (code === 127 || /docker: (command )?not found/i.test(stderr)) {
      return 'the remote host has no `docker` command on its PATH';
    }
    if (/dial-stdio|Cannot connect to the Docker daemon|docker daemon/i.test(stderr)) {
      return 'the remote docker CLI could not reach its engine';
    }
    return undefined;
  })();
  const what = said || (code === null ? 'ssh was stopped' : `ssh exited with code ${code}`);
  return hint ? `${what} (${hint})` : what;
}

function lastLines(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l && !/^Warning: Permanently added/i.test(l));
  return lines.slice(-3).join(' ').replace(/\.$/, '');
}

/** The error a broken ssh pipe raises; toEngineError turns it into an `ssh` EngineError. */
export class SshProcessError extends Error {
  readonly code = 'DOCKHAND_SSH';
  constructor(
    message: string,
    readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'SshProcessError';
  }
}
