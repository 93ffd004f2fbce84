// One verdict: every finding about a loaded outline, made by this one function for `check`, for `deck` (and `build`,
// `pdf`…) and for the dev server, so the three never disagree. Pure: what only the fonts or a browser can tell (which
// characters no face has, how the slides measure, which notes the handout cut) comes in as data, when it was measured.
import type { DeckPlan } from '../deck/types.ts';
import { DEFAULT_HANDOUT, LAYOUTS } from '../deck/handout-layout.ts';
import type { HandoutOptions } from '../deck/handout-layout.ts';
import type { Outline } from '../outline/types.ts';
import type { Language } from '../messages/language.mjs';
import { language } from '../messages/index.ts';
import { densityFindings } from './density.ts';
import { fitFindings } from './fit.ts';
import { glyphFindings, unplacedMarkFindings } from './glyphs.ts';
import type { GlyphCoverage } from './glyphs.ts';
import { handoutFindings, smallOnPaperFindings } from './handout.ts';
import { layoutFindings } from './layout.ts';
import type { SlideMeasure } from './layout.ts';
import { powerPointFindings } from './powerpoint.ts';
import { inFileOrder } from './findings.ts';
import type { Finding } from './findings.ts';
import { timingFindings } from './timing.ts';
import { largePictureFindings } from './pictures.ts';
import type { LargePicture } from './pictures.ts';

/** What was measured about the deck besides its text; each part optional. */
export interface Measured {
  /** Which of the talk's characters the bundled faces lack (src/fonts/coverage.ts). */
  glyphs?: GlyphCoverage;
  /** Every slide as the browser laid it out (`check`'s layout pass, the dev page). */
  slides?: SlideMeasure[];
  /** The slides whose notes the printed handout cut (`deck`, as it prints the handout). */
  notesCut?: number[];
}

export interface VerdictOptions {
  /** The handout asked for (`--per-page`, `--no-notes`); the default one otherwise. */
  handout?: HandoutOptions;
  /** Whether the speaker can print the handout at another number of slides a page (the command line's
   *  `--per-page`): the editor's page cannot, so its findings do not offer it. Yes by default. */
  otherLayouts?: boolean;
  /** The language of what the browser measured (the page's messages are made apart from the catalogue's). */
  lang?: Language;
}

/** Every finding about the deck, in file order: timing, density, fit, the handout, the PowerPoint's fonts, and what
 *  was measured. */
export function deckFindings(
  deck: { outline: Outline; plan: DeckPlan; largePictures?: readonly LargePicture[] },
  measured: Measured = {},
  options: VerdictOptions = {},
): Finding[] {
  const { outline, plan } = deck;
  const file = outline.file;
  const handout = options.handout ?? DEFAULT_HANDOUT;
  const density = densityFindings(plan, file);
  // An empty slide has no notes either: one finding says both.
  const empty = new Set(density.filter((finding) => finding.code === 'empty-slide').map((finding) => finding.slide));
  const timing = timingFindings(deck).filter((finding) => !(finding.code === 'no-notes' && empty.has(finding.slide)));
  const notes = handout.notes && LAYOUTS[handout.perPage].roomForNotes;
  return inFileOrder([
    ...timing,
    ...density,
    ...fitFindings(plan, file),
    ...(notes ? handoutFindings(plan, file, handout.perPage, measured.notesCut, options.otherLayouts) : []),
    ...smallOnPaperFindings(plan, file, handout.perPage, options.otherLayouts),
    ...powerPointFindings(outline, plan),
    ...largePictureFindings(file, deck.largePictures ?? []),
    ...(measured.glyphs ? glyphFindings(deck, measured.glyphs) : []),
    ...unplacedMarkFindings(deck),
    ...(measured.slides ? layoutFindings(file, plan.slides, measured.slides, options.lang ?? language()) : []),
  ]);
}
