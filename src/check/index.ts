// The check stage: findings about a deck, by topic (timing, density, layout), and the report that prints them.
// Pure: the browser's measurement comes in as data (see src/outputs/layout.ts).
import type { DeckPlan } from '../deck/types.ts';
import type { Outline } from '../outline/types.ts';
import { densityFindings } from './density.ts';
import { inFileOrder } from './findings.ts';
import type { Finding } from './findings.ts';
import { timingFindings } from './timing.ts';

export * from './findings.ts';
export { timingFindings, timingTable, type Timing, type TimingRow } from './timing.ts';
export { densityFindings } from './density.ts';
export { layoutFindings, type SlideMeasure, type SlideRef } from './layout.ts';

/** Everything found without a browser, in file order: timing and density. */
export function deckFindings(deck: { outline: Outline; plan: DeckPlan }): Finding[] {
  return inFileOrder([...timingFindings(deck), ...densityFindings(deck.plan, deck.outline.file)]);
}
