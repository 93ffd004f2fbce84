// Every output of a deck, in the order they are reported: the deck folder first (the others but the PowerPoint are
// made from it), then the one-file deck, what the browser prints, and the PowerPoint. A new output is a file beside
// this one (see output.ts) and a line here.
import { deckFolder } from './deck-folder.ts';
import { handoutPdf } from './handout-pdf.ts';
import { notesPdf } from './notes-pdf.ts';
import { oneFileDeck } from './one-file-deck.ts';
import type { Output } from './output.ts';
import { pictures } from './pictures.ts';
import { powerPoint } from './powerpoint.ts';
import { scriptPdf } from './script-pdf.ts';
import { slidesPdf } from './slides-pdf.ts';

export const OUTPUTS = [
  deckFolder,
  oneFileDeck,
  slidesPdf,
  notesPdf,
  handoutPdf,
  scriptPdf,
  pictures,
  powerPoint,
] as const;

/** The outputs a deck can have, by the names commands ask for them. */
export type OutputName = (typeof OUTPUTS)[number]['name'];

/** The outputs asked for, in the list's order, with the deck folder when one of them is made from it. */
export function outputsNamed(names: readonly OutputName[]): Output[] {
  const needsFolder = names.some((name) => OUTPUTS.find((output) => output.name === name)?.from === 'folder');
  return OUTPUTS.filter((output) => names.includes(output.name) || (output === deckFolder && needsFolder));
}
