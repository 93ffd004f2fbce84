// The client's cache key without reading every file it is made from at each command: each file's size and
// modification time, as they were when the key was last found by its contents, stand for those contents while they
// are unchanged and older than that finding. A file changed in the second the key was found may change again without
// its time moving (file systems keep times in whole seconds, FAT in two): such a file is read again, as git treats a
// "racily clean" file, until it is older than that.
import { statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeCacheFile } from '../../files/cache.ts';

/** A file's size and modification time in ms; null when it is missing. */
type Stamp = [size: number, mtimeMs: number] | null;

/** What the last finding by contents kept: when its files were looked at, their stamps, and the key it found. */
interface Stamps {
  at: number;
  files: string[];
  stamps: Stamp[];
  key: string;
}

/** How far a file's time may be from the clock and still be one it could keep after a later change (FAT's 2 s). */
const RACY_MS = 2000;

function stampOf(file: string): Stamp {
  try {
    const stat = statSync(file);
    return [stat.size, stat.mtimeMs];
  } catch {
    return null;
  }
}

async function readStamps(file: string): Promise<Stamps | undefined> {
  try {
    const read = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<Stamps>;
    const valid =
      typeof read.at === 'number' &&
      typeof read.key === 'string' &&
      Array.isArray(read.files) &&
      Array.isArray(read.stamps) &&
      read.files.length === read.stamps.length;
    return valid ? (read as Stamps) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the stamps kept still stand for the files' contents: the same files, each as large and as old as then,
 *  and none changed within RACY_MS of the moment they were looked at. */
function stillStands(kept: Stamps, files: readonly string[], now: readonly Stamp[]): boolean {
  if (kept.files.length !== files.length) return false;
  return files.every((file, i) => {
    const before = kept.stamps[i];
    const stamp = now[i]!;
    if (kept.files[i] !== file || before === undefined) return false;
    if (stamp === null || before === null) return stamp === before;
    return stamp[0] === before[0] && stamp[1] === before[1] && stamp[1] < kept.at - RACY_MS;
  });
}

/** The key of `files` (relative to `root`): the one kept in `stampsFile` where their stamps still stand for it, else
 *  `key()`, which reads them, kept there with their stamps for the next command. */
export async function keyByStamps(
  stampsFile: string,
  root: string,
  files: readonly string[],
  key: () => string,
): Promise<string> {
  // (the clock first: a file changed after it is looked at has a time after this, or within RACY_MS of it)
  const at = Date.now();
  const now = files.map((file) => stampOf(path.join(root, file)));
  const kept = await readStamps(stampsFile);
  if (kept && stillStands(kept, files, now)) return kept.key;
  const found = key();
  const stamps: Stamps = { at, files: [...files], stamps: now, key: found };
  await writeCacheFile(stampsFile, JSON.stringify(stamps));
  return found;
}
