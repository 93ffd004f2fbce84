// The export button pressed again with nothing changed since the last export (the saved outline, the files it shows,
// its theme, its rehearsals, the project's settings, what the button asked for (the handout's slides a page), and the
// outputs as they were written): nothing is made again,
// and the page is told the files are as written. Any change, and everything is made again.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { themePath } from '../../files/paths.ts';
import { loadDeck } from '../../load/index.ts';
import { rehearsalPath } from '../../load/rehearsal.ts';
import { fileStates as stateOf } from '../../outputs/kept.ts';

export interface ExportResult {
  files: string[];
  /** Nothing changed since the last export: `files` are its files, as written. */
  unchanged: boolean;
}

export class LastExport {
  private last: { inputs: string; outputs: string; files: string[] } | undefined;

  /** Runs `make` (which writes the outputs of `outlinePath`, as `asked` says, and returns their paths) unless
   *  nothing changed. */
  async run(outlinePath: string, asked: string, make: () => Promise<string[]>): Promise<ExportResult> {
    const inputs = await inputsOf(outlinePath, asked);
    const last = this.last;
    if (inputs && last?.inputs === inputs && (await stateOf(last.files)) === last.outputs)
      return { files: last.files, unchanged: true };
    this.last = undefined;
    const files = await make();
    // Read again: a change saved while the outputs were being made may not be in them.
    if (inputs && (await inputsOf(outlinePath, asked)) === inputs)
      this.last = { inputs, outputs: await stateOf(files), files };
    return { files, unchanged: false };
  }
}

/** What the outputs are made from, as one hash: the outline's bytes, and the size and time of each file beside it
 *  that they read. Undefined where the outline does not load (the export says why). */
async function inputsOf(outlinePath: string, asked: string): Promise<string | undefined> {
  try {
    const deck = await loadDeck(outlinePath, 'project');
    const hash = createHash('sha256')
      .update(`${asked}\n`)
      .update(await fs.readFile(outlinePath));
    const beside = [
      ...deck.images.values(),
      themePath(deck.plan.meta.theme),
      rehearsalPath(outlinePath),
      path.join(deck.projectDir, 'speechdeck.json'),
    ];
    hash.update(await stateOf(beside));
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}
