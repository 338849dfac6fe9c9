import { closest } from '../../common/editDistance';

const multipliers: Readonly<Record<string, number>> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** Every suffix go-units accepts, for did-you-mean (case does not matter). */
const suffixes = ['b', ...Object.keys(multipliers).flatMap(u => [u, `${u}b`, `${u}ib`])];

/** Words people write for a unit. */
const unitWords: Readonly<Record<string, string>> = {
  byte: 'b',
  bytes: 'b',
  kilo: 'k',
  meg: 'm',
  megs: 'm',
  mega: 'm',
  gig: 'g',
  gigs: 'g',
  giga: 'g',
  tera: 't',
};

export type ByteSizeResult = { readonly bytes: number } | { readonly error: string };

/**
 * Reads a size as Compose does (`UnitBytes`: an integer, else go-units' `RAMInBytes`): a
 * non-negative number, optionally a space, then `b`, or `k`/`m`/`g`/`t`/`p` followed by nothing,
 * `b` or `ib`, in any case — all binary (`1k` = 1024). `1.5g` is allowed; `1gig` and `-5m` are not.
 */
export function parseByteSize(text: string): ByteSizeResult {
  if (/^[-+]?\d+$/.test(text)) {
    return { bytes: Number(text) };
  }
  const spaced = /^(\S+) (.*)$/.exec(text);
  const split = spaced ?? /^(.*[\d.])(.*)$/.exec(text);
  if (!split) {
    return { error: 'is not a size: write a number of bytes or a number with a unit, such as `512m` or `2g`' };
  }
  const [, number, suffix] = split;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(number)) {
    return { error: 'is not a size: write a number of bytes or a number with a unit, such as `512m` or `2g`' };
  }
  if (Number(number) < 0) {
    return { error: 'is negative; sizes start at 0' };
  }
  const unit = suffix.toLowerCase();
  if (unit === '') {
    return { bytes: Math.trunc(Number(number)) };
  }
  if (!suffixes.includes(unit)) {
    const meant = unitWords[unit] ?? closest(unit, suffixes);
    const fixed = meant ? ` — did you mean \`${number}${meant}\`?` : '';
    return { error: `has the unknown unit \`${suffix}\` (b, k, m, g, t or p, optionally followed by b)${fixed}` };
  }
  return { bytes: Math.trunc(Number(number) * (multipliers[unit[0]] ?? 1)) };
}
