// The one error type for problems a user can cause: every instance names file:line:column.
import type { Position, Problem } from './types.ts';

export class OutlineError extends Error {
  readonly file: string;
  /** Where the first problem is; none for a problem of the file as a whole. */
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;
  /** Every problem found; the first is the one in `message`. */
  readonly problems: Problem[];

  constructor(file: string, problems: Problem[]) {
    const first = problems[0] ?? { message: 'unknown problem' };
    super(formatProblem(file, first));
    this.name = 'OutlineError';
    this.file = file;
    if (first.line !== undefined) this.line = first.line;
    if (first.column !== undefined) this.column = first.column;
    if (first.hint !== undefined) this.hint = first.hint;
    this.problems = problems.length > 0 ? problems : [first];
  }

  /** A single-problem error at a place in the file. */
  static at(file: string, where: Position, message: string, hint?: string): OutlineError {
    return new OutlineError(file, [{ ...where, message, ...(hint === undefined ? {} : { hint }) }]);
  }

  /** A problem of the file as a whole (it cannot be opened, it is empty): named by the file alone. */
  static about(file: string, message: string, hint?: string): OutlineError {
    return new OutlineError(file, [{ message, ...(hint === undefined ? {} : { hint }) }]);
  }

  /** All problems, one per line, as `file:line:col  message (hint)`. */
  report(): string {
    return this.problems.map((p) => formatProblem(this.file, p)).join('\n');
  }
}

export function formatProblem(file: string, problem: Problem): string {
  // the message is one sentence, the hint another: "… has no title. Write the title after `## `."
  const stop = /[.。!！?？]$/.test(problem.message) ? '' : '.';
  const hint = problem.hint ? ` ${problem.hint.charAt(0).toUpperCase()}${problem.hint.slice(1)}` : '';
  return `${where(file, problem)}  ${problem.message}${problem.hint ? stop : ''}${hint}`;
}

/** `file:line:col`, or the file alone for a problem of the whole file. */
export function where(file: string, at: Partial<Position>): string {
  return at.line === undefined ? file : `${file}:${at.line}:${at.column ?? 1}`;
}
