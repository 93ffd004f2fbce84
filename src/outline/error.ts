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
  return `${where(file, problem)}  ${sentences(problem.message, problem.hint)}`;
}

/** A message and its hint as two sentences, never run together: "… has no title. Write the title after `## `." in
 *  English, "……没有标题。在 `## ` 后写上标题。" in Chinese. */
export function sentences(message: string, hint?: string): string {
  if (!hint) return message;
  // Chinese in code spans and quotations (a title, an example) does not make an English message Chinese.
  const own = message.replace(/`[^`]*`|“[^”]*”/g, '');
  if (/\p{Script=Han}/u.test(own)) return `${message}${/[。！？]$/.test(message) ? '' : '。'}${hint}`;
  const stop = /[.!?]$/.test(message) ? '' : '.';
  return `${message}${stop} ${hint.charAt(0).toUpperCase()}${hint.slice(1)}`;
}

/** `file:line:col`, or the file alone for a problem of the whole file. */
export function where(file: string, at: Partial<Position>): string {
  return at.line === undefined ? file : `${file}:${at.line}:${at.column ?? 1}`;
}
