// The slides PDF with notes (`pdf --notes`): each slide with notes followed by a page of them, for reviewers.
import { pdfMeasures, toldPdf } from './pdf/told.ts';
import type { PdfOutput } from './pdf/save.ts';
import type { PrintedOutput } from './output.ts';

export const notesPdf: PrintedOutput<PdfOutput, 'slides-with-notes'> = {
  name: 'slides-with-notes',
  label: 'slidesPdfWithNotes',
  from: 'folder',
  replaces: (paths) => ({ files: [paths.notesPdf] }),
  browser: true,
  told: (pdf) => [toldPdf(pdf)],
  measures: pdfMeasures,
  load: () => import('./pdf/slides.ts'),
  async make(job) {
    const { exportSlidesPdf } = await import('./pdf/slides.ts');
    return exportSlidesPdf(job.browser, job.written, job.paths.notesPdf, { notes: true });
  },
};
