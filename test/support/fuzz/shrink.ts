// Delta debugging (Zeller's ddmin, simplified): removes ever smaller pieces of a failing input for
// as long as it still fails the same way, first whole lines, then characters. What is left is a
// regression fixture small enough to read.

/** Where the case's cursor was: kept in every candidate, so the position moves with the text. */
export const cursorMark = '\uE000';

async function ddmin(
  units: readonly string[],
  fails: (candidate: readonly string[]) => Promise<boolean>,
  budget: { left: number },
): Promise<string[]> {
  let current = [...units];
  let n = 2;
  while (current.length >= 2 && budget.left > 0) {
    const size = Math.ceil(current.length / n);
    let reduced = false;
    for (let start = 0; start < current.length && budget.left > 0; start += size) {
      const candidate = [...current.slice(0, start), ...current.slice(start + size)];
      budget.left--;
      if (candidate.length > 0 && (await fails(candidate))) {
        current = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= current.length) {
        break;
      }
      n = Math.min(n * 2, current.length);
    }
  }
  return current;
}

/**
 * The smallest text (with `cursorMark` where the cursor is) for which `fails` still holds,
 * trying at most `attempts` candidates.
 */
export async function shrinkText(text: string, fails: (candidate: string) => Promise<boolean>, attempts = 2000): Promise<string> {
  const budget = { left: attempts };
  const test = (units: readonly string[]) => {
    const candidate = units.join('');
    return candidate.includes(cursorMark) ? fails(candidate) : Promise.resolve(false);
  };
  const lines = await ddmin(text.split(/(?<=\n)/), test, budget);
  const chars = await ddmin(lines.join('').split(''), test, budget);
  return chars.join('');
}
