// The check stage: findings about a deck, by topic (timing, density, layout, handout), and the report that prints them.
// Pure: the browser's measurement comes in as data (see src/outputs/layout.ts).
import type { DeckPlan } from '../deck/types.ts';
import type { Outline } from '../outline/types.ts';
import { densityFindings } from './density.ts';
import { fitFindings } from './fit.ts';
import { handoutFindings } from './handout.ts';
import { powerPointFindings } from './powerpoint.ts';
import { inFileOrder } from './findings.ts';
import type { Finding } from './findings.ts';
import { timingFindings } from './timing.ts';

export * from './findings.ts';
export { timingFindings, timingTable, type Timing, type TimingRow } from './timing.ts';
export { densityFindings } from './density.ts';
export { fitFindings } from './fit.ts';
export { fitNotes, handoutFindings, notesBox, type NotesFit } from './handout.ts';
export { layoutFindings, type SlideMeasure, type SlideRef } from './layout.ts';

/** Everything found without a browser, in file order: timing, density, fit, the handout's notes and the PowerPoint's
 *  fonts. */
export function deckFindings(deck: { outline: Outline; plan: DeckPlan }): Finding[] {
  const density = densityFindings(deck.plan, deck.outline.file);
  // An empty slide has no notes either: one finding says both.
  const empty = new Set(density.filter((finding) => finding.code === 'empty-slide').map((finding) => finding.slide));
  const timing = timingFindings(deck).filter((finding) => !(finding.code === 'no-notes' && empty.has(finding.slide)));
  return inFileOrder([
    ...timing,
    ...density,
    ...fitFindings(deck.plan, deck.outline.file),
    ...handoutFindings(deck.plan, deck.outline.file),
    ...powerPointFindings(deck.outline, deck.plan),
  ]);
}
