// Copying a file into a deck, on any file system the deck may be written to.
import { constants, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';

/** What a file system without Unix permissions answers when a copy tries to set them: a FAT or exFAT USB stick
 *  mounted on Linux (EPERM), or one served through FUSE (ENOSYS). The bytes themselves can still be written. */
const NO_PERMISSIONS = new Set(['EPERM', 'ENOSYS', 'ENOTSUP', 'EOPNOTSUPP']);

/** Copies `source` to `target` (a copy-on-write clone where the file system has them). Where the file system
 *  refuses the copy's permission bits, the bytes are written plainly instead. */
export async function copyFileAnywhere(source: string, target: string): Promise<void> {
  try {
    await fs.copyFile(source, target, constants.COPYFILE_FICLONE);
  } catch (error) {
    if (!NO_PERMISSIONS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await fs.writeFile(target, await fs.readFile(source));
  }
}

/** `copyFileAnywhere`, done at once: for a staging copy, which a stop must find either not begun or whole (a copy
 *  still running in the background when the stop removes its file would make it again). */
export function copyFileAnywhereSync(source: string, target: string): void {
  try {
    copyFileSync(source, target, constants.COPYFILE_FICLONE);
  } catch (error) {
    if (!NO_PERMISSIONS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    writeFileSync(target, readFileSync(source));
  }
}
