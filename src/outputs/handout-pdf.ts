// The handout: A4 pages of the slides with their notes (pdf/handout.ts); its slides come from the slides PDF's page
// when both are made in one run.
import { charactersOfHtml } from '../fonts/text.ts';
import { DEFAULT_HANDOUT, handoutDocument, handoutMarginText, handoutPages } from './pdf/handout-html.ts';
import { pdfMeasures, toldPdf } from './pdf/told.ts';
import type { PdfOutput } from './pdf/save.ts';
import type { PrintedOutput } from './output.ts';
import { slidesWithPaperCopy } from './slides-pdf.ts';

export const handoutPdf: PrintedOutput<PdfOutput, 'handout'> = {
  name: 'handout',
  label: 'handout',
  from: 'folder',
  replaces: (paths) => ({ files: [paths.handout] }),
  browser: true,
  told: (pdf) => [toldPdf(pdf)],
  measures: pdfMeasures,
  characters(deck, settings) {
    const options = settings.handout ?? DEFAULT_HANDOUT;
    const sheets = handoutPages(deck.plan.slides, options.perPage, deck.plan.meta.aspect).length;
    return [charactersOfHtml(handoutDocument(deck.plan, options, [])), handoutMarginText(sheets)];
  },
  load: () => import('./pdf/handout.ts'),
  async make(job) {
    const paperSlides = job.alongside.some((output) => output.name === 'slides')
      ? (await slidesWithPaperCopy(job)).paperSlides
      : undefined;
    const { exportHandout } = await import('./pdf/handout.ts');
    return exportHandout(
      job.browser,
      job.written,
      job.paths.handout,
      job.settings.handout ?? DEFAULT_HANDOUT,
      job.onPhase,
      paperSlides,
      job.kept,
      () => job.doneWithBrowser(),
    );
  },
};
