/** `${NAME:-default}` and friends, located in a string. */
export interface Interpolation {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** `:-`, `-`, `:?`, `?`, `:+`, `+`, or '' for a plain `${NAME}` / `$NAME`. */
  readonly modifier: string;
  readonly argument: string;
  /** Offset of the name inside the string. */
  readonly nameStart: number;
}

export interface InterpolationError {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const MODIFIERS = [':-', ':?', ':+', '-', '?', '+'];

/** Every variable use and every malformed `$` in `text`, nested defaults included. */
export function scanInterpolations(text: string, base = 0): { uses: Interpolation[]; errors: InterpolationError[] } {
  const uses: Interpolation[] = [];
  const errors: InterpolationError[] = [];
  let i = text.indexOf('$');
  while (i >= 0 && i < text.length) {
    const next = text[i + 1];
    if (next === '$') {
      i = text.indexOf('$', i + 2);
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(text, i + 2);
      if (close < 0) {
        errors.push({
          start: base + i,
          end: base + text.length,
          message: 'Unterminated `${`: add the closing `}` (or write `$$` for a literal `$`).',
        });
        break;
      }
      braced(text.slice(i + 2, close), base + i, base + close + 1, uses, errors);
      i = text.indexOf('$', close + 1);
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (name) {
      uses.push({ start: base + i, end: base + i + 1 + name.length, name, modifier: '', argument: '', nameStart: base + i + 1 });
      i = text.indexOf('$', i + 1 + name.length);
    } else {
      errors.push({ start: base + i, end: base + i + 1, message: 'A `$` that does not start a variable must be written `$$`.' });
      i = text.indexOf('$', i + 1);
    }
  }
  return { uses, errors };
}

function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    if (text[j] === '$' && text[j + 1] === '{') {
      depth++;
      j++;
    } else if (text[j] === '}' && --depth === 0) {
      return j;
    }
  }
  return -1;
}

function braced(inner: string, start: number, end: number, uses: Interpolation[], errors: InterpolationError[]): void {
  const name = NAME.exec(inner)?.[0];
  if (!name) {
    errors.push({
      start,
      end,
      message:
        inner.trim() === ''
          ? '`${}` needs a variable name.'
          : `\`\${${inner}}\`: a variable name starts with a letter or \`_\` and holds only letters, digits and \`_\`.`,
    });
    return;
  }
  const rest = inner.slice(name.length);
  const modifier = rest === '' ? '' : MODIFIERS.find(m => rest.startsWith(m));
  if (modifier === undefined) {
    errors.push({
      start,
      end,
      message: `\`\${${inner}}\`: unknown modifier after \`${name}\`; use \`:-\`, \`-\`, \`:?\`, \`?\`, \`:+\` or \`+\`.`,
    });
    return;
  }
  const argument = rest.slice(modifier.length);
  uses.push({ start, end, name, modifier, argument, nameStart: start + 2 });
  const nested = scanInterpolations(argument, start + 2 + name.length + modifier.length);
  uses.push(...nested.uses);
  errors.push(...nested.errors);
}

/** What `${NAME…}` becomes with these variables: value, default, or undefined when unset and required. */
export function resolveInterpolation(use: Interpolation, variables: ReadonlyMap<string, string>): string | undefined {
  const value = variables.get(use.name);
  const empty = value === undefined || value === '';
  switch (use.modifier) {
    case ':-':
      return empty ? use.argument : value;
    case '-':
      return value ?? use.argument;
    case ':?':
      return empty ? undefined : value;
    case '?':
      return value;
    case ':+':
      return empty ? '' : use.argument;
    case '+':
      return value === undefined ? '' : use.argument;
    default:
      return value;
  }
}
