// The outputs commands ask for together, by their names in list.ts. Light (it loads no output's code), so the
// command line names them before it knows which command runs.
import type { OutputName } from './list.ts';

/** What `build` makes, and every command that prints makes first: the deck as a folder and as one file. */
export const DECK_FILES = ['deck', 'one-file'] as const satisfies readonly OutputName[];

/** What `deck` (and the editor's button) makes: the deck, its three PDFs and its PowerPoint. */
export const EVERY_OUTPUT = [
  ...DECK_FILES,
  'slides',
  'handout',
  'script',
  'pptx',
] as const satisfies readonly OutputName[];
