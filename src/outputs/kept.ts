// What an export that runs again and again (the editor's button) remembers of the outputs it made: an output whose
// inputs are as they were and whose files are as it wrote them is not made again (the script, when only slide text
// changed). The inputs are told by the output itself (output.ts's `inputs`), as one text; the files by their size
// and time of change, so a file replaced or removed by anyone else is made again. The slides PDF's page is kept open
// too (pdf/deck-pages.ts), for the next export to update in place.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DeckPages } from './pdf/deck-pages.ts';

interface Kept {
  inputs: string;
  files: string;
  made: unknown;
}

export class KeptOutputs {
  private readonly kept = new Map<string, Kept>();
  /** The slides PDF's pages, kept open and updated in place from one export to the next. */
  readonly pages = new DeckPages();

  /** Closes what is kept open (the run stops); what was made is still reused. */
  close(): Promise<void> {
    return this.pages.close();
  }

  /** What `key`'s output made last, if its inputs and its files are unchanged since; otherwise undefined, and it
   *  is forgotten (a make that then fails leaves nothing to reuse). */
  async reuse(key: string, inputs: string, files: readonly string[]): Promise<unknown> {
    const kept = this.kept.get(key);
    this.kept.delete(key);
    if (!kept || kept.inputs !== digest(inputs)) return undefined;
    if ((await fileStates(files)) !== kept.files) return undefined;
    this.kept.set(key, kept);
    return kept.made;
  }

  /** Remembers what `key`'s output made from `inputs`, and its files as they are now. */
  async keep(key: string, inputs: string, files: readonly string[], made: unknown): Promise<void> {
    this.kept.set(key, { inputs: digest(inputs), files: await fileStates(files), made });
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** Each file's size and time of change (or that it is missing), in order. */
export async function fileStates(files: readonly string[]): Promise<string> {
  const states = await Promise.all(
    files.map((file) =>
      fs.stat(path.resolve(file)).then(
        (stat) => `${file}\t${stat.size}\t${stat.mtimeMs}`,
        () => `${file}\tmissing`,
      ),
    ),
  );
  return states.join('\n');
}
