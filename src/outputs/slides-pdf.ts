// The slides PDF: one 16:9 page per slide (pdf/slides.ts). With the handout in the same run, the deck is loaded once
// for both: the same page prints the slides, then the slides in print colours for the handout.
import { DEFAULT_HANDOUT, usesPaperType } from './pdf/handout-html.ts';
import { pdfMeasures, toldPdf } from './pdf/told.ts';
import type { PdfOutput } from './pdf/save.ts';
import type { PaperSlides } from './pdf/slides.ts';
import type { PrintJob, PrintedOutput } from './output.ts';

export const slidesPdf: PrintedOutput<PdfOutput, 'slides'> = {
  name: 'slides',
  label: 'slidesPdf',
  from: 'folder',
  replaces: (paths) => ({ files: [paths.pdf] }),
  browser: true,
  told: (pdf) => [toldPdf(pdf)],
  measures: pdfMeasures,
  load: () => import('./pdf/slides.ts'),
  async make(job) {
    if (job.alongside.some((output) => output.name === 'handout')) return (await slidesWithPaperCopy(job)).output;
    const { exportSlidesPdf } = await import('./pdf/slides.ts');
    return exportSlidesPdf(job.browser, job.written, job.paths.pdf, job.kept ? { pages: job.kept.pages } : {});
  },
};

/** The slides PDF's page, also printing the handout's slides (in their paper type at six a page); one per deck,
 *  whichever of the two asks first. */
export async function slidesWithPaperCopy(
  job: PrintJob,
): Promise<{ output: Promise<PdfOutput>; paperSlides: PaperSlides }> {
  const { exportSlidesWithPaperCopy } = await import('./pdf/slides.ts');
  const paperType = usesPaperType((job.settings.handout ?? DEFAULT_HANDOUT).perPage);
  return job.shared('slides-with-paper-copy', () =>
    exportSlidesWithPaperCopy(job.browser, job.written, job.paths.pdf, {
      ...(job.kept ? { pages: job.kept.pages } : {}),
      paperType,
    }),
  );
}
