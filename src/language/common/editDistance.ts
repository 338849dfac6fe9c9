/**
 * The one "did you mean" of both languages (Dockerfile instructions, flags, variables and stages;
 * compose keys, sections and references), so both suggest the same word for the same typo.
 *
 * Optimal-string-alignment distance: Levenshtein plus swapping two neighbours as one edit, so
 * `vloumes` is one step from `volumes`, as a typo usually is.
 */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  // One flat array instead of nested rows: this runs for every unknown key in a large file.
  const d = new Int32Array((a.length + 1) * cols);
  for (let j = 0; j < cols; j++) {
    d[j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    d[i * cols] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[a.length * cols + b.length];
}

/** The candidate closest to `word`, if it is close enough to be the word the user meant. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance && candidate !== word) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion ? ` — did you mean \`${suggestion}\`?` : '';
}
