// speechdeck's caches (src/files/cache.ts) in a temporary folder of the test file's own, so that a test of the
// client's cache starts from nothing and leaves node_modules/.cache as it was. Vitest hoists a `vi.mock` into the file
// that calls it, so each such test file keeps its one line:
//   vi.mock('…/src/files/cache.ts', async (original) => (await import('…/support/temp-cache.ts')).tempCache(await original()));
// and removes the folder after its tests (`afterAll(removeTempCache)`).
import { mkdtempSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

type CacheModule = typeof import('../../src/files/cache.ts');

/** This test file's cache folders' parent (each test file imports this module afresh). */
export const cacheRoot = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-cache-'));

/** The cache module with its folders under cacheRoot. */
export function tempCache(original: CacheModule): CacheModule {
  return {
    ...original,
    cacheFolder: async (kind: string) => {
      const folder = path.join(cacheRoot, kind);
      await fs.mkdir(folder, { recursive: true });
      return folder;
    },
  };
}

export function removeTempCache(): void {
  rmSync(cacheRoot, { recursive: true, force: true });
}
