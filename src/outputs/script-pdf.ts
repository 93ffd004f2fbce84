// The speaker's script: the notes as continuous text in large type, with where each slide begins (pdf/script.ts).
import { SCRIPT_FACES } from '../fonts/index.ts';
import { charactersOfHtml } from '../fonts/text.ts';
import { scriptDocument, scriptMarginText } from './pdf/script-html.ts';
import { pdfMeasures, toldPdf } from './pdf/told.ts';
import type { PdfOutput } from './pdf/save.ts';
import type { PrintedOutput } from './output.ts';

export const scriptPdf: PrintedOutput<PdfOutput, 'script'> = {
  name: 'script',
  label: 'script',
  from: 'folder',
  replaces: (paths) => ({ files: [paths.script] }),
  browser: true,
  told: (pdf) => [toldPdf(pdf)],
  measures: pdfMeasures,
  faces: SCRIPT_FACES,
  characters: (deck) => [charactersOfHtml(scriptDocument(deck.plan, [])), scriptMarginText(deck.plan)],
  load: () => import('./pdf/script.ts'),
  inputs: async (job) => (await import('./pdf/script.ts')).scriptInputs(job.written),
  async make(job) {
    const { exportScript } = await import('./pdf/script.ts');
    return exportScript(job.browser, job.written, job.paths.script);
  },
};
