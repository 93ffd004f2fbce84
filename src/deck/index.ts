// The deck stage: outline → slide plan → reveal.js section HTML, with timing and sizes.
export { PlanCache, planDeck } from './plan.ts';
export { rehearsedPlan } from './rehearsal.ts';
export { RenderCache, renderSlides, renderSlideList, escapeHtml, gapped } from './render.ts';
export { spokenUnits, spokenSeconds, formatMinutes, pacingSeconds } from './timing.ts';
export { slideSize } from './size.ts';
export { LABELS, chineseNumber, chineseDate, partNumber, partHeading, bylineWords, meetingWords } from './labels.ts';
export type * from './types.ts';
