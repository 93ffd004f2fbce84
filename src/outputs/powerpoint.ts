// The PowerPoint (pptx/): written by Node from the loaded deck, no browser; in `deck`, while the browser prints.
import type { PptxFile } from './pptx/file.ts';
import type { WrittenOutput } from './output.ts';

export const powerPoint: WrittenOutput<PptxFile, 'pptx'> = {
  name: 'pptx',
  label: 'powerPoint',
  path: 'pptx',
  browser: false,
  async make(deck, target) {
    const { writePptxFile } = await import('./pptx/file.ts');
    return writePptxFile(deck, target);
  },
};
