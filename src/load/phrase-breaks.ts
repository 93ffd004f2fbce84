// Phrase breaks kept between runs of the command line. Finding where a talk's lines may break (BudouX and ICU's
// dictionary of words, deck/phrases.ts) is the slowest step of rendering a deck whose notes are long, and a speaker
// builds the same talk again and again: each text's breaks are kept in speechdeck's cache, one file per set of
// outlines built together, under the fingerprint of everything that finds them (the code, BudouX's model, the set
// phrases, ICU's version). Breaks kept by other code are never used; a cache that cannot be read or written only
// makes the run slower.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BreakStore, breakerSources, keepBreaksIn } from '../deck/phrases.ts';
import { cacheFolder, writeCacheFile } from '../files/cache.ts';

/** A kept file unused this long is removed when another is written. */
const UNUSED_MS = 14 * 24 * 3600 * 1000;

/** The breaks kept for a set of outlines, and the breaks this run used. */
export class KeptBreaks implements BreakStore {
  private readonly used = new Map<string, number[]>();

  constructor(
    readonly file: string,
    private readonly fingerprint: string,
    private readonly before: ReadonlyMap<string, number[]>,
  ) {}

  get(key: string): number[] | undefined {
    return this.before.get(key);
  }

  set(key: string, breaks: number[]): void {
    this.used.set(key, breaks);
  }

  /** Keeps the breaks this run used (and no others), unless they are what was kept; breaks are no longer kept here. */
  async save(): Promise<void> {
    keepBreaksIn(undefined);
    if (this.used.size === this.before.size && [...this.used.keys()].every((key) => this.before.has(key))) {
      // (touched, so that a talk built every day is never taken for one unused)
      const now = new Date();
      await fs.utimes(this.file, now, now).catch(() => undefined);
      return;
    }
    try {
      await writeCacheFile(this.file, JSON.stringify({ fingerprint: this.fingerprint, breaks: [...this.used] }));
      await removeUnused(path.dirname(this.file));
    } catch {
      // (slower next time, no more)
    }
  }
}

/** From now on, breaks are taken from and kept for the cache file of these outlines; undefined where it cannot be. */
export async function keepBreaksFor(outlines: readonly string[]): Promise<KeptBreaks | undefined> {
  try {
    const [fingerprint, folder] = await Promise.all([breakerFingerprint(), cacheFolder('phrases')]);
    const name = createHash('sha256')
      .update(
        [...outlines]
          .map((outline) => path.resolve(outline))
          .sort()
          .join('\n'),
      )
      .digest('hex')
      .slice(0, 32);
    const file = path.join(folder, `${name}.json`);
    const before = await fs.readFile(file, 'utf8').then(
      (text) => keptIn(text, fingerprint),
      () => new Map<string, number[]>(),
    );
    const kept = new KeptBreaks(file, fingerprint, before);
    keepBreaksIn(kept);
    return kept;
  } catch {
    return undefined;
  }
}

/** The breaks a cache file holds, if it was written by what finds them now (none from a file that is not one). */
function keptIn(text: string, fingerprint: string): Map<string, number[]> {
  try {
    const kept = JSON.parse(text) as { fingerprint?: unknown; breaks?: unknown };
    if (kept.fingerprint !== fingerprint || !Array.isArray(kept.breaks)) return new Map();
    const breaks = new Map<string, number[]>();
    for (const entry of kept.breaks as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return new Map();
      if (!entry[1].every((at: unknown) => Number.isInteger(at))) return new Map();
      breaks.set(entry[0], entry[1] as number[]);
    }
    return breaks;
  } catch {
    return new Map();
  }
}

let fingerprinted: Promise<string> | undefined;

/** A digest of what finds the breaks: the contents of its files, the set phrases and ICU's version. */
function breakerFingerprint(): Promise<string> {
  fingerprinted ??= (async () => {
    const { files, phrases, icu } = breakerSources();
    const hash = createHash('sha256').update(`${icu}\n${phrases.join('\n')}\n`);
    for (const file of [...new Set(files)]) hash.update(await fs.readFile(fileURLToPath(file)));
    return hash.digest('hex');
  })();
  return fingerprinted;
}

/** Removes the kept breaks of outlines not built for two weeks. */
async function removeUnused(folder: string): Promise<void> {
  const now = Date.now();
  for (const name of await fs.readdir(folder)) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(folder, name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat && now - stat.mtimeMs > UNUSED_MS) await fs.rm(file, { force: true });
  }
}
