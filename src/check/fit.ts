// Fit: the slides the plan set smaller or continued so that nothing is cut off (src/deck/fit.ts), and the ones that
// cannot fit whatever is done. `check` lists them; `build` and `deck` say them as they write the deck.
import type { ContentSlide, DeckPlan } from '../deck/types.ts';
import { aboutSlide } from './findings.ts';
import type { Finding } from './findings.ts';
import { say } from '../messages/index.ts';

export function fitFindings(plan: DeckPlan, file: string): Finding[] {
  const findings: Finding[] = [];
  const slides = plan.slides;
  for (let i = 0; i < slides.length; i++) {
    const slide = slides[i]!;
    if (slide.kind !== 'content') continue;
    if (slide.fit === 'smaller') {
      findings.push({
        ...aboutSlide(slide, file),
        severity: 'hint',
        code: 'set-smaller',
        message: say('setSmaller', slide.number, slide.title, slide.typeSize),
        hint: say('fitFix'),
      });
    } else if (slide.fit === 'too-long') {
      findings.push({
        ...aboutSlide(slide, file),
        severity: 'error',
        code: 'too-long',
        message: say('tooLong', slide.number, slide.title),
        hint: say('fitFix'),
      });
    } else if (slide.fit === 'continued' && !slide.continuedByPlan) {
      // The first of the slides a page was shared out to: name all of them at once.
      let last = i;
      while (isContinuation(slides[last + 1])) last++;
      findings.push({
        ...aboutSlide(slide, file),
        severity: 'warning',
        code: 'continued',
        message: say('continuedOnto', slide.number, slide.title, last - i),
        hint: say('fitFix'),
      });
    }
  }
  return findings;
}

function isContinuation(slide: DeckPlan['slides'][number] | undefined): slide is ContentSlide {
  return slide?.kind === 'content' && slide.fit === 'continued' && slide.continuedByPlan === true;
}
