// Copying a file into a deck, on any file system the deck may be written to.
import fs from 'node:fs';

/** What a file system without Unix permissions answers when a copy tries to set them: a FAT or exFAT USB stick
 *  mounted on Linux (EPERM), or one served through FUSE (ENOSYS). The bytes themselves can still be written. */
const NO_PERMISSIONS = new Set(['EPERM', 'ENOSYS', 'ENOTSUP', 'EOPNOTSUPP']);

/** Copies `source` to `target` (a copy-on-write clone where the file system has them). Where the file system
 *  refuses the copy's permission bits, the bytes are written plainly instead. Done at once, not in the background:
 *  a stop that removes a staging file or folder must find each copy not begun or whole, never one that makes its
 *  file again a moment later. */
export function copyFileAnywhere(source: string, target: string): void {
  try {
    fs.copyFileSync(source, target, fs.constants.COPYFILE_FICLONE);
  } catch (error) {
    if (!NO_PERMISSIONS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    fs.writeFileSync(target, fs.readFileSync(source));
  }
}
