// The one error type for problems a user can cause: every instance names file:line:column.
import type { Position, Problem } from './types.ts';

export class OutlineError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly hint?: string;
  /** Every problem found; the first is the one in `message`. */
  readonly problems: Problem[];

  constructor(file: string, problems: Problem[]) {
    const first = problems[0] ?? { line: 1, column: 1, message: 'unknown problem' };
    super(formatProblem(file, first));
    this.name = 'OutlineError';
    this.file = file;
    this.line = first.line;
    this.column = first.column;
    if (first.hint !== undefined) this.hint = first.hint;
    this.problems = problems.length > 0 ? problems : [first];
  }

  /** A single-problem error. */
  static at(file: string, where: Position, message: string, hint?: string): OutlineError {
    return new OutlineError(file, [{ ...where, message, ...(hint === undefined ? {} : { hint }) }]);
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
  return `${file}:${problem.line}:${problem.column}  ${problem.message}${problem.hint ? stop : ''}${hint}`;
}
