// What an error means for the user: the message to show and the exit code, without a stack trace for anything a user
// can cause. The command line prints it; `check --json` puts it in its JSON.
import { CommanderError } from 'commander';
import { OutlineError, sentences } from '../outline/error.ts';
import { EnvironmentError, ExportTimeoutError } from '../outputs/errors.ts';
import { FileInUseError } from '../files/atomic.ts';
import { displayPath } from '../files/project.ts';
import { writeFailure } from '../files/write-errors.ts';
import { say } from '../messages/index.ts';
import { listItems } from '../messages/list.ts';

/** Exit codes: 0 success, 1 a problem the user can fix in their input, 2 the environment (no browser…). */
export const EXIT = { ok: 0, user: 1, environment: 2 } as const;

export interface Failure {
  exit: number;
  /** What stderr shows, lines ending in `\n`; empty for commander's own errors, which it has shown. */
  text: string;
  /** The message alone, for a program to read. */
  message: string;
  /** The file it is about, and the line, when it is about one. */
  file?: string;
  line?: number;
}

export function failureOf(error: unknown): Failure {
  if (error instanceof CommanderError) {
    return { exit: error.exitCode === 0 ? EXIT.ok : EXIT.user, text: '', message: error.message };
  }
  if (error instanceof OutlineError) {
    return {
      exit: EXIT.user,
      text: `${error.report()}\n`,
      message: sentences(error.problems[0]!.message, error.hint),
      file: error.file,
      ...(error.line === undefined ? {} : { line: error.line }),
    };
  }
  if (error instanceof FileInUseError) {
    const files = error.files.map((file) => displayPath(file));
    const message = say(
      'fileInUse',
      files.length === 1 ? files[0]! : `  ${listItems('files', files, { separator: '\n  ' })}`,
    );
    return { exit: EXIT.environment, text: `${message}\n`, message, file: files[0]! };
  }
  const environment =
    error instanceof EnvironmentError
      ? error.message
      : (writeFailure(error) ??
        (error instanceof ExportTimeoutError ? sentences(error.message, say('timedOutHint')) : undefined));
  if (environment !== undefined) {
    const target =
      (error as { dest?: unknown; path?: unknown } | null)?.dest ?? (error as { path?: unknown } | null)?.path;
    return {
      exit: EXIT.environment,
      text: `speechdeck: ${environment}\n`,
      message: environment,
      ...(typeof target === 'string' ? { file: displayPath(target) } : {}),
    };
  }
  const message = say('unexpected', error instanceof Error ? error.message : String(error));
  const detail = process.env.SPEECHDECK_DEBUG && error instanceof Error ? `${error.stack}\n` : `${say('debugHint')}\n`;
  return { exit: EXIT.user, text: `speechdeck: ${message}\n${detail}`, message };
}
