/** A replica count as typed: a whole number, 0 or more; otherwise the reason it is refused. No `vscode` import. */
export function parseReplicas(text: string): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) {
    return trimmed.startsWith('-') && /^-\d+$/.test(trimmed)
      ? `${trimmed} is negative: a service runs 0 or more replicas.`
      : `"${text}" is not a replica count: enter a whole number, 0 or more.`;
  }
  const count = Number(trimmed);
  return Number.isSafeInteger(count) ? count : `${trimmed} replicas is more than Docker can schedule.`;
}
