import { formatBytes } from '../../../shared/formatBytes';
import type { DfDocument, DfInstruction } from '../parse/model';

/** One entry of `docker image history`, as the engine returns it (newest first). */
export interface BuildHistoryEntry {
  /** The CREATED BY text, e.g. `/bin/sh -c #(nop)  CMD ["sh"]` or `RUN /bin/sh -c apt-get … # buildkit`. */
  readonly createdBy: string;
  /** Bytes the layer adds; 0 for metadata-only instructions. */
  readonly size: number;
  /** True when the builder reused the layer from its cache in the last build. */
  readonly cached?: boolean;
}

export interface BuildHistory {
  /** Newest first, base image layers last. */
  readonly entries: readonly BuildHistoryEntry[];
  /** The image built (its id and the tag it got), when the client says: the "Explore layers" lens opens it. */
  readonly image?: { readonly id: string; readonly tag: string };
}

/** The extension supplies the history of the image it last built from a Dockerfile. */
export interface BuildHistorySource {
  historyFor(uri: string): BuildHistory | undefined;
}

export interface HistoryHint {
  /** Index into DfDocument.instructions. */
  readonly index: number;
  /** Index into BuildHistory.entries of the entry the instruction made. */
  readonly entry: number;
  readonly label: string;
}

/** The instruction text inside a CREATED BY line: shell wrapper, `#(nop)`, build-arg prefix and `# buildkit` removed. */
export function normalizeCreatedBy(createdBy: string): string {
  return createdBy
    .replace(/\s+# buildkit$/, '')
    .replace(/^\|\d+(\s+\S+=\S*)*\s+/, '')
    .replace(/^RUN\s+(?=\/bin\/sh -c|cmd \/S \/C|powershell)/, '')
    .replace(/^\/bin\/sh -c #\(nop\)\s+/, '')
    .replace(/^(\/bin\/sh -c|cmd \/S \/C)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const metadataKeyword =
  /^(ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|HEALTHCHECK|LABEL|MAINTAINER|ONBUILD|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR)\b/i;

function matches(ins: DfInstruction, createdBy: string): boolean {
  const text = normalizeCreatedBy(createdBy);
  if (ins.keyword !== 'RUN') {
    return text.toUpperCase().startsWith(ins.keyword);
  }
  const body = ins.body.replace(/\s+/g, ' ').trim();
  const start = body.slice(0, 24);
  return !metadataKeyword.test(text) && (text.includes(start) || text.replace(/^RUN /, '').startsWith(start.slice(0, 8)));
}

export function formatLayerSize(bytes: number): string {
  return bytes === 0 ? '0 B' : `+${formatBytes(bytes)}`;
}

/**
 * Pairs the final stage's instructions with the image history, newest to oldest: each instruction
 * takes the next entry that matches it; instructions that leave no entry (ARG under BuildKit,
 * FROM) are skipped, and the base image's entries are never reached.
 */
export function matchHistory(doc: DfDocument, history: BuildHistory): HistoryHint[] {
  const stage = doc.stages[doc.stages.length - 1];
  if (!stage) {
    return [];
  }
  const hints: HistoryHint[] = [];
  let next = 0;
  for (let i = stage.last; i > stage.first && next < history.entries.length; i--) {
    const ins = doc.instructions[i];
    const window = history.entries.slice(next, next + 3);
    const offset = window.findIndex(entry => matches(ins, entry.createdBy));
    if (offset < 0) {
      continue;
    }
    const entry = window[offset];
    hints.push({ index: i, entry: next + offset, label: entry.cached ? 'cached' : formatLayerSize(entry.size) });
    next += offset + 1;
  }
  return hints.reverse();
}
