// The speaker's script: the notes as continuous text in large type, with where each slide begins (pdf/script.ts).
import { textOfHtml } from '../fonts/text.ts';
import { scriptDocument, scriptMarginText } from './pdf/script-html.ts';
import type { PdfOutput } from './pdf/save.ts';
import type { PrintedOutput } from './output.ts';

export const scriptPdf: PrintedOutput<PdfOutput, 'script'> = {
  name: 'script',
  label: 'script',
  path: 'script',
  browser: true,
  characters: (deck) => [textOfHtml(scriptDocument(deck.plan, [])), scriptMarginText(deck.plan)],
  load: () => import('./pdf/script.ts'),
  async make(job) {
    const { exportScript } = await import('./pdf/script.ts');
    return exportScript(job.browser, job.deck, job.paths.script);
  },
};
