// The fonts' cache (src/files/cache.ts) in a fresh temporary folder of the test file's own, for tests that empty it
// under a run; the client's cache stays where it is (it is not what they test). Vitest hoists a `vi.mock` into the
// file that calls it, so each such file keeps its factory and calls this from it; the test removes `folder` after.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type CacheModule = typeof import('../../src/files/cache.ts');

export function ownFontsCache(original: CacheModule): { folder: string; module: CacheModule } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-fonts-'));
  const cacheFolder = async (kind: string) => {
    if (kind !== 'fonts') return original.cacheFolder(kind);
    mkdirSync(folder, { recursive: true });
    return folder;
  };
  return { folder, module: { ...original, cacheFolder } };
}

/** What a test that loses the cache counts: how many more reads find it emptied, and the cache's folder. */
interface Losing {
  times: number;
  fonts: string;
}

/** Called by a wrapped read before it reads `places`: while `lose.times` lasts, a read from the fonts' cache finds it
 *  emptied first. */
export function emptyBeforeRead(lose: Losing, places: readonly string[]): void {
  if (lose.times <= 0 || !places.some((place) => place.startsWith(lose.fonts))) return;
  lose.times--;
  rmSync(lose.fonts, { recursive: true, force: true });
}
