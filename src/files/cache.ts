// speechdeck's caches (the deck's client, subset fonts): inside its own node_modules, or in the system's temporary
// folder where that is read-only.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from './paths.ts';

/** The folder of one cache (`client`, `fonts`), made if missing. */
export async function cacheFolder(kind: string): Promise<string> {
  const inPackage = path.join(PACKAGE_ROOT, 'node_modules/.cache/speechdeck', kind);
  try {
    await fs.mkdir(inPackage, { recursive: true });
    await fs.access(inPackage, fs.constants.W_OK);
    return inPackage;
  } catch {
    const elsewhere = path.join(os.tmpdir(), `speechdeck-${kind}-${os.userInfo().uid}`);
    await fs.mkdir(elsewhere, { recursive: true });
    return elsewhere;
  }
}

/** Staging files this process has begun: two writes of one cache file at once (the deck's faces and the paper's
 *  both cutting the fallback face) each stage their own, or the second rename finds the first one's file gone. */
let staged = 0;

/** Writes a cache file whole or not at all: another process reading it meanwhile sees the old file or none. */
export async function writeCacheFile(file: string, data: Uint8Array | string): Promise<void> {
  const staging = `${file}.${process.pid}-${++staged}.tmp`;
  try {
    await fs.writeFile(staging, data);
    await fs.rename(staging, file);
  } finally {
    await fs.rm(staging, { force: true });
  }
}
