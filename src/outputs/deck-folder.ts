// The deck folder, dist/<name>/ (deck/folder.ts): made first, from the loaded outline; the one-file deck and every
// output the browser prints are made from it. Its fonts are cut to hold the words those outputs print too.
import path from 'node:path';
import { writeDeck } from './deck/folder.ts';
import type { LoadedDeck } from '../load/index.ts';
import { formatBytes } from '../files/size.ts';
import { say } from '../messages/index.ts';
import type { FolderOutput, Output, OutputSettings, PrintedOutput } from './output.ts';

export const deckFolder: FolderOutput<'deck'> = {
  name: 'deck',
  label: 'buildingDeck',
  from: 'outline',
  browser: false,
  folder: true,
  replaces: (paths) => ({ deckDir: paths.deckDir }),
  make(job) {
    const printed = job.alongside.filter((output): output is PrintedOutput<unknown> => output.browser);
    return writeDeck(job.deck, path.dirname(job.paths.deckDir), {
      paperText: paperText(job.deck, job.alongside, job.settings),
      paperFaces: printed.flatMap((output) => output.faces ?? []),
      name: job.paths.name,
    });
  },
  told: (deck) => [
    {
      path: deck.indexHtml,
      detail: say('deckWritten', deck.deck.plan.slides.length, deck.size.files, formatBytes(deck.size.bytes)),
    },
  ],
};

/** The words the printed outputs asked for will show besides the deck's own: the deck's fonts then hold them too,
 *  and the paper finds its fonts made already (see outputs/pdf/paper.ts's paperFonts). */
export function paperText(deck: LoadedDeck, outputs: readonly Output[], settings: OutputSettings): string[] {
  return outputs.flatMap((output) => (output.browser ? (output.characters?.(deck, settings) ?? []) : []));
}
