// Layout: what the browser measured on each slide (src/client/layout-check.ts, run by `check` in headless Chromium
// and by the dev server's page) turned into findings: content past the slide or over its footer, text too small.
import { LIMITS, quote } from './findings.ts';
import type { Finding } from './findings.ts';
import { sayInPage } from '../messages/page.ts';
import type { Language } from '../messages/language.mjs';

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

/** `lang`: the language of the messages (the page has none of its own: it is given the server's). */
export function layoutFindings(file: string, slides: SlideRef[], measures: SlideMeasure[], lang: Language): Finding[] {
  const findings: Finding[] = [];
  for (const measure of measures) {
    const slide = slides[measure.index] ?? { number: measure.index + 1, title: '', line: 1 };
    const about = { file, line: slide.line, column: 1, slide: slide.number, title: slide.title };
    if (measure.overflow) {
      findings.push({
        ...about,
        severity: 'error',
        code: 'overflow',
        message: sayInPage(lang, 'overflows', slide.number, slide.title, overflowText(measure.overflow, lang)),
        hint: sayInPage(
          lang,
          measure.overflow.bottom > 0 || measure.overflow.top > 0 ? 'overflowTallFix' : 'overflowWideFix',
        ),
      });
    }
    if (measure.smallText) {
      findings.push({
        ...about,
        severity: 'warning',
        code: 'small-text',
        message: sayInPage(
          lang,
          'smallText',
          slide.number,
          slide.title,
          Math.round(measure.smallText.px),
          quote(measure.smallText.text),
          LIMITS.textPx,
        ),
        hint: sayInPage(lang, 'smallTextFix'),
      });
    }
  }
  return findings;
}

function overflowText(overflow: NonNullable<SlideMeasure['overflow']>, lang: Language): string {
  const sides = [
    overflow.bottom > 0 ? sayInPage(lang, 'pastBottom', Math.ceil(overflow.bottom)) : '',
    overflow.right > 0 ? sayInPage(lang, 'pastRight', Math.ceil(overflow.right)) : '',
    overflow.top > 0 ? sayInPage(lang, 'pastTop', Math.ceil(overflow.top)) : '',
    overflow.left > 0 ? sayInPage(lang, 'pastLeft', Math.ceil(overflow.left)) : '',
  ].filter(Boolean);
  return sayInPage(lang, 'overflowRuns', sides.join(sayInPage(lang, 'and')), overflow.text ? quote(overflow.text) : '');
}
