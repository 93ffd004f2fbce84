// The PowerPoint (pptx/): written by Node from the loaded deck, no browser; in `deck`, while the browser prints.
import { formatBytes } from '../files/size.ts';
import { say } from '../messages/index.ts';
import type { PptxFile } from './pptx/file.ts';
import type { OutlineOutput, Told } from './output.ts';

export const powerPoint: OutlineOutput<PptxFile, 'pptx'> = {
  name: 'pptx',
  label: 'powerPoint',
  from: 'outline',
  browser: false,
  replaces: (paths) => ({ files: [paths.pptx] }),
  async make(job) {
    const { writePptxFile } = await import('./pptx/file.ts');
    return writePptxFile(job.deck, job.paths.pptx);
  },
  told: (pptx) => [toldPptx(pptx)],
};

/** What the terminal says of a written PowerPoint (a talk's, or the meeting's). */
export function toldPptx(pptx: PptxFile): Told {
  return { path: pptx.path, detail: say('pptxWritten', pptx.slides, formatBytes(pptx.bytes)), warnings: pptx.warnings };
}
