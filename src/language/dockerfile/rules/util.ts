import type { DfDocument, DfInstruction, DfStage } from '../parse/model';

/** Every instruction, ONBUILD triggers included (they are checked like the instruction they run). */
export function* eachInstruction(doc: DfDocument): Generator<DfInstruction> {
  for (const ins of doc.instructions) {
    yield ins;
    if (ins.trigger) {
      yield ins.trigger;
    }
  }
}

export function stageInstructions(doc: DfDocument, stage: DfStage): readonly DfInstruction[] {
  return doc.instructions.slice(stage.first, stage.last + 1);
}

/** True when the text is or contains a variable reference, whose value we cannot check. */
export function hasVariable(text: string): boolean {
  return text.includes('$');
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The candidate nearest to `word` (case-insensitively), when it is near enough to be a typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor((word.length + 1) / 3)));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** Shell commands of a RUN body split at `&&`, `||`, `;`, `|` and newlines, trimmed. */
export function shellCommands(body: string): string[] {
  return body.split(/&&|\|\||[;|\n]/).map(part => part.trim()).filter(part => part.length > 0);
}

/** Whether a command line runs `apt-get <sub>` / `apt <sub>` (any options in between). */
export function isAptCommand(command: string, sub: string): boolean {
  return new RegExp(`(^|\\s|/)apt(-get)?(\\s+-[^\\s]+)*\\s+${sub}(\\s|$)`).test(command);
}
