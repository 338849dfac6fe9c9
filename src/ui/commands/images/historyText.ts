/**
 * `docker history` as a readable document: one row per layer, newest first, with the full
 * CREATED BY (the Dockerfile instruction, without the `/bin/sh -c #(nop)` noise). No `vscode` import.
 */
import type { ImageHistoryEntry } from '../../../engine';
import { formatAge, formatBytes, shortId } from '../../util/format';

/** The instruction as written in a Dockerfile: RUN for shell commands, the bare instruction for metadata. */
export function instructionOf(createdBy: string): string {
  const trimmed = createdBy.trim();
  const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(trimmed);
  if (nop) {
    return (nop[1] ?? '').trim();
  }
  const shell = /^(?:\|\d+ (?:\S+=\S* )*)?\/bin\/sh -c (.*)$/s.exec(trimmed);
  return shell ? `RUN ${(shell[1] ?? '').trim()}` : trimmed;
}

export function historyText(ref: string, entries: readonly ImageHistoryEntry[], now: Date = new Date()): string {
  const rows = entries.map(e => ({
    id: e.id === '<missing>' ? '<missing>' : shortId(e.id),
    created: formatAge(e.created, now),
    size: formatBytes(e.size),
    createdBy: instructionOf(e.createdBy),
    comment: e.comment,
  }));
  const width = (pick: (r: (typeof rows)[number]) => string, title: string) => Math.max(title.length, ...rows.map(r => pick(r).length));
  const w = { id: width(r => r.id, 'IMAGE'), created: width(r => r.created, 'CREATED'), size: width(r => r.size, 'SIZE') };
  const line = (id: string, created: string, size: string, createdBy: string) =>
    `${id.padEnd(w.id)}  ${created.padEnd(w.created)}  ${size.padStart(w.size)}  ${createdBy}`;
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  return [
    `# History of ${ref}: ${entries.length} layers, ${formatBytes(total)}`,
    '',
    line('IMAGE', 'CREATED', 'SIZE', 'CREATED BY'),
    ...rows.map(r => line(r.id, r.created, r.size, r.comment ? `${r.createdBy}    # ${r.comment}` : r.createdBy)),
    '',
  ].join('\n');
}
