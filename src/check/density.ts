// Density: slides with more points than the back row can take in, points too long to read at a glance, and slides
// with nothing on them at all.
import { writtenUnits } from '../deck/timing.ts';
import type { DeckPlan } from '../deck/types.ts';
import { LIMITS, aboutSlide, position } from './findings.ts';
import type { Finding } from './findings.ts';
import { say } from '../messages/index.ts';

export function densityFindings(plan: DeckPlan, file: string): Finding[] {
  const findings: Finding[] = [];
  for (const slide of plan.slides) {
    if (slide.kind !== 'content') continue;
    if (slide.blocks.length === 0 && !slide.notes?.text.trim()) {
      findings.push({
        ...aboutSlide(slide, file),
        severity: 'warning',
        code: 'empty-slide',
        message: say('emptySlide', slide.number, slide.title),
        hint: say('emptySlideFix'),
      });
      continue;
    }
    const points = slide.blocks.flatMap((block) => (block.kind === 'points' ? block.points : []));
    const excess = points[LIMITS.points];
    if (excess) {
      findings.push({
        ...aboutSlide(slide, file),
        ...position(excess),
        severity: 'hint',
        code: 'too-many-points',
        message: say('tooManyPoints', slide.number, slide.title, points.length, LIMITS.points),
        hint: say('tooManyPointsFix'),
      });
    }
    for (const point of points.flatMap((p) => [p, ...p.points])) {
      const length = point.text.split('\n').reduce((longest, line) => Math.max(longest, writtenUnits(line)), 0);
      if (length <= LIMITS.pointLength) continue;
      findings.push({
        ...aboutSlide(slide, file),
        ...position(point),
        severity: 'hint',
        code: 'long-point',
        message: say('longPoint', length, slide.number, slide.title),
        hint: say('longPointFix'),
      });
    }
  }
  return findings;
}
