// The handout's options on the command line: how many slides a page, and whether their notes are printed beside them.
import { InvalidArgumentError } from 'commander';
import { PER_PAGE } from '../deck/per-page.ts';
import type { HandoutOptions } from '../deck/handout-layout.ts';
import type { PerPage } from '../deck/per-page.ts';
import { say } from '../messages/index.ts';

/** Parses `--per-page` (commander turns the error into a message and exit 1). */
export function perPage(value: string): PerPage {
  const n = Number(value);
  if (!(PER_PAGE as readonly number[]).includes(n)) {
    throw new InvalidArgumentError(
      say('perPageChoices', PER_PAGE.slice(0, -1).join(', '), PER_PAGE[PER_PAGE.length - 1]!),
    );
  }
  return n as PerPage;
}

/** `--notes` asked for outright with 4 or 6 a page cannot be honoured: `fail` says so, rather than drop the notes. */
export function handoutOptions(
  options: { perPage: PerPage; notes?: boolean },
  fail: (message: string) => never,
): HandoutOptions {
  if (options.notes === true && options.perPage > 3) {
    fail(say('commandError', say('notesPerPage', options.perPage)));
  }
  return { perPage: options.perPage, notes: options.notes ?? true };
}
