// A scratch folder of our own in the system's temporary folder, gone when its work ends however it ends: removed when
// the work finishes or fails, and by the stop handler when the run is stopped half way (Ctrl-C, a closed window),
// which a `finally` never sees. What a killed run leaves, a later run removes (leftovers.ts).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onStop } from '../interrupt.ts';
import { removeNow } from './remove-now.ts';

export interface ScratchFolder {
  readonly path: string;
  /** Removes the folder now and forgets its stop handler; harmless to call twice. */
  remove(): void;
}

/** Makes a folder named `prefix` and a few random characters in `base` (the temporary folder), removed by `remove`
 *  (by default at once, tried again while a process just killed still writes into it) when the caller is done or the
 *  run is stopped. */
export function scratchFolder(
  prefix: string,
  remove: (folder: string) => void = removeNow,
  base: string = os.tmpdir(),
): ScratchFolder {
  const folder = mkdtempSync(path.join(base, prefix));
  const forget = onStop(() => remove(folder));
  return {
    path: folder,
    remove() {
      forget();
      remove(folder);
    },
  };
}

/** Runs `use` with a fresh scratch folder and removes the folder afterwards, whatever happens. */
export async function withScratchFolder<T>(prefix: string, use: (folder: string) => Promise<T>): Promise<T> {
  const scratch = scratchFolder(prefix);
  try {
    return await use(scratch.path);
  } finally {
    scratch.remove();
  }
}
