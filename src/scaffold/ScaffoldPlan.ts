/** What "Add Docker Files" found in a folder, what it still has to ask, and what it writes. */

export type StackId = 'node' | 'python' | 'go' | 'maven' | 'gradle' | 'dotnet' | 'static';

/** Something detection could not settle; the UI asks the user (tests answer through the dialogs). */
export interface Question {
  readonly id: 'port' | 'entry';
  readonly prompt: string;
  readonly placeHolder: string;
  /** Offered as the input's value. */
  readonly value?: string;
  /** True when an empty answer is valid (an app that listens on no port). */
  readonly optional?: boolean;
  /** When set, the answer is picked from these instead of typed. */
  readonly choices?: readonly string[];
}

export type Answers = Partial<Record<Question['id'], string>>;

export interface GeneratedFiles {
  readonly dockerfile: string;
  readonly dockerignore: string;
  readonly compose: string;
}

export interface ScaffoldPlan {
  readonly stack: StackId;
  /** The project folder (absolute): the build context and where the files go. */
  readonly folder: string;
  /** "Node.js (npm)", "Go", "Static site (built with npm)". */
  readonly label: string;
  /** What detection settled, one line each, for the summary the user confirms. */
  readonly facts: readonly string[];
  readonly questions: readonly Question[];
  generate(answers: Answers): GeneratedFiles;
}

/** The question every server stack asks when the code does not say its port. */
export function portQuestion(value?: string): Question {
  return {
    id: 'port',
    prompt: 'Which port does the app listen on? (empty: it serves no port)',
    placeHolder: '8080',
    optional: true,
    ...(value ? { value } : {}),
  };
}

/** A port answer as a number, or undefined for none; anything else is refused by the UI's validation. */
export function portOf(answer: string | undefined, detected?: number): number | undefined {
  if (detected !== undefined) {
    return detected;
  }
  const text = (answer ?? '').trim();
  return text ? Number(text) : undefined;
}

/** Why a port answer is not acceptable, or undefined when it is. */
export function portProblem(text: string, optional: boolean): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) {
    return optional ? undefined : 'Enter a port.';
  }
  const port = Number(trimmed);
  return /^\d+$/.test(trimmed) && port >= 1 && port <= 65535 ? undefined : 'A port is a number from 1 to 65535.';
}
