/** `a=1, b=2` as typed in an input box, into labels. No `vscode` import (unit-tested). */
export function parseLabels(text: string): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (const part of text.split(/[,\n]/)) {
    const trimmed = part.trim();
    if (!trimmed) {
      continue;
    }
    const eq = trimmed.indexOf('=');
    const key = (eq < 0 ? trimmed : trimmed.slice(0, eq)).trim();
    if (!key) {
      return undefined;
    }
    labels[key] = eq < 0 ? '' : trimmed.slice(eq + 1).trim();
  }
  return labels;
}
