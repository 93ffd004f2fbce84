// Layout: what the browser measured on each slide (src/client/layout-check.ts, run by `check` in headless Chromium
// and by the dev server's page) turned into findings: content past the slide or over its footer, text too small.
import { LIMITS, quote } from './findings.ts';
import type { Finding } from './findings.ts';

/** What the browser measured on one slide (src/client/layout-check.ts), in px of the slide at its real size. */
export interface SlideMeasure {
  /** 0-based position of the slide in the deck. */
  index: number;
  /** How far content reaches past the slide's content box (or over the footer), when it does. */
  overflow?: { bottom: number; right: number; top: number; left: number; text: string };
  /** The smallest text on the slide, when it is below `LIMITS.textPx`. */
  smallText?: { px: number; text: string };
}

/** The slide facts a layout finding names; from the plan in `check`, from the page in the dev server. */
export interface SlideRef {
  number: number;
  title: string;
  line: number;
}

export function layoutFindings(file: string, slides: SlideRef[], measures: SlideMeasure[]): Finding[] {
  const findings: Finding[] = [];
  for (const measure of measures) {
    const slide = slides[measure.index] ?? { number: measure.index + 1, title: '', line: 1 };
    const about = { file, line: slide.line, column: 1, slide: slide.number, title: slide.title };
    const name = `slide ${slide.number} “${slide.title}”`;
    if (measure.overflow) {
      findings.push({
        ...about,
        severity: 'error',
        code: 'overflow',
        message: `${name} overflows: ${overflowText(measure.overflow)}`,
        hint:
          measure.overflow.bottom > 0 || measure.overflow.top > 0
            ? 'split it with a `---` line, or shorten its points and say the rest in the notes.'
            : 'shorten the line that does not wrap (a long address, number or table row).',
      });
    }
    if (measure.smallText) {
      findings.push({
        ...about,
        severity: 'warning',
        code: 'small-text',
        message: `${name} has text at ${Math.round(measure.smallText.px)} px (${quote(measure.smallText.text)}), too small to read from the back; ${LIMITS.textPx} px is the least`,
        hint: 'give that text a slide of its own, or move it to the notes.',
      });
    }
  }
  return findings;
}

function overflowText(overflow: NonNullable<SlideMeasure['overflow']>): string {
  const sides = [
    overflow.bottom > 0 ? `${Math.ceil(overflow.bottom)} px past the bottom` : '',
    overflow.right > 0 ? `${Math.ceil(overflow.right)} px past the right edge` : '',
    overflow.top > 0 ? `${Math.ceil(overflow.top)} px above the top` : '',
    overflow.left > 0 ? `${Math.ceil(overflow.left)} px past the left edge` : '',
  ].filter(Boolean);
  const where = overflow.text ? ` (from ${quote(overflow.text)})` : '';
  return `its content runs ${sides.join(' and ')}${where}`;
}
