/**
 * Options other extensions and tests pass as the last argument of a command. A command started
 * from a menu or the palette never gets them, so people are always asked before anything is lost.
 */
export interface CommandOptions {
  /** Do not ask before a destructive action. */
  readonly skipConfirmation?: boolean;
}

/** The trailing options object among a command's arguments, if any. */
export function optionsFrom<T extends CommandOptions>(args: readonly unknown[]): T {
  const last = args.at(-1);
  if (
    last &&
    typeof last === 'object' &&
    !Array.isArray(last) &&
    Object.getPrototypeOf(last) === Object.prototype &&
    isOptionsShaped(last)
  ) {
    return last as T;
  }
  return {} as T;
}

/** Tree nodes carry a `kind`; an options object never does. */
function isOptionsShaped(value: object): boolean {
  return !('kind' in value);
}
