// The one-file deck, dist/<name>.html (deck/one-file.ts): the deck folder's page with everything it loads inside it,
// written from the folder as soon as it is, beside the printing.
import { writeOneFile } from './deck/one-file.ts';
import type { OneFileDeck } from './deck/one-file.ts';
import { formatBytes } from '../files/size.ts';
import { say } from '../messages/index.ts';
import type { WrittenOutput } from './output.ts';

export const oneFileDeck: WrittenOutput<OneFileDeck & { slides: number }, 'one-file'> = {
  name: 'one-file',
  label: 'buildingOneFile',
  from: 'folder',
  browser: false,
  replaces: (paths) => ({ files: [paths.oneFile] }),
  async make(job) {
    return { ...(await writeOneFile(job.written, job.paths.oneFile)), slides: job.deck.plan.slides.length };
  },
  told: (file) => [{ path: file.path, detail: say('oneFileWritten', file.slides, formatBytes(file.bytes)) }],
};
