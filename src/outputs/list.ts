// Every output of a deck besides its folder and one-file deck, in the order they are reported. A new output is a
// file beside this one (see output.ts) and a line here.
import { handoutPdf } from './handout-pdf.ts';
import { notesPdf } from './notes-pdf.ts';
import { pictures } from './pictures.ts';
import { powerPoint } from './powerpoint.ts';
import { scriptPdf } from './script-pdf.ts';
import { slidesPdf } from './slides-pdf.ts';

export const PRINTED_OUTPUTS = [slidesPdf, notesPdf, handoutPdf, scriptPdf, pictures] as const;

export const WRITTEN_OUTPUTS = [powerPoint] as const;

/** The printed outputs a deck can have (its PDFs and pictures), by the names commands ask for them. */
export type PaperOutput = (typeof PRINTED_OUTPUTS)[number]['name'];
