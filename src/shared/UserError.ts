/**
 * A failure Dockhand foresees and explains itself — input it refuses, nothing to act on, a tool
 * that is not installed, a workspace that is not trusted — as opposed to an engine failure
 * (EngineError) or a bug. The command wrapper shows its message as it is. No `vscode` import.
 */
export type UserErrorKind = 'invalid' | 'notFound' | 'failed' | 'untrusted';

export class UserError extends Error {
  constructor(
    message: string,
    readonly kind: UserErrorKind = 'invalid',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UserError';
  }
}
