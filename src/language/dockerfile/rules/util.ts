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

/** Shell commands of a RUN body split at `&&`, `||`, `;`, `|` and newlines, trimmed. */
export function shellCommands(body: string): string[] {
  return body
    .split(/&&|\|\||[;|\n]/)
    .map(part => part.trim())
    .filter(part => part.length > 0);
}

const commandsOf = new WeakMap<DfInstruction, string[]>();

/** The shell commands of a RUN (exec form joined), split once per instruction record and shared by the rules. */
export function runCommands(ins: DfInstruction): string[] {
  let commands = commandsOf.get(ins);
  if (!commands) {
    commands = ins.keyword === 'RUN' ? shellCommands(ins.json ? ins.json.join(' ') : ins.body) : [];
    commandsOf.set(ins, commands);
  }
  return commands;
}

/** Whether a command line runs `apt-get <sub>` / `apt <sub>` (any options in between). */
export function isAptCommand(command: string, sub: string): boolean {
  // Most commands are not apt's at all: only those that mention it pay for the pattern.
  if (!command.includes('apt')) {
    return false;
  }
  let pattern = aptPatterns.get(sub);
  if (!pattern) {
    pattern = new RegExp(`(^|\\s|/)apt(-get)?(\\s+-[^\\s]+)*\\s+${sub}(\\s|$)`);
    aptPatterns.set(sub, pattern);
  }
  return pattern.test(command);
}

const aptPatterns = new Map<string, RegExp>();
