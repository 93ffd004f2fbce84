// The check stage: findings about a deck, by topic (timing, density, layout, handout), and the report that prints them.
// Pure: the browser's measurement comes in as data (see src/outputs/layout.ts).
export * from './findings.ts';
export { deckFindings, type Measured } from './verdict.ts';
export { timingFindings, timingTable } from './timing.ts';
export { densityFindings } from './density.ts';
export { layoutFindings, type SlideMeasure } from './layout.ts';
