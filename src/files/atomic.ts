// Outputs appear whole or not at all: write beside the target, then rename over it.
import { rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Staging paths not yet renamed into place: removed if the process is stopped by a signal. */
const pending = new Set<string>();
let counter = 0;

/** A sibling path for staging `target`, ignored by git and unique to this process. */
export function temporaryPath(target: string): string {
  const dir = path.dirname(target);
  const staging = path.join(dir, `.speechdeck-tmp-${process.pid}-${(counter++).toString(36)}-${path.basename(target)}`);
  pending.add(staging);
  return staging;
}

/** Removes every staging file and folder still pending (called on SIGINT/SIGTERM). */
export function removePendingOutputs(): void {
  for (const staging of pending) rmSync(staging, { recursive: true, force: true });
  pending.clear();
}

/** Forgets a staging path once it has been renamed into place or removed. */
export function settled(staging: string): void {
  pending.delete(staging);
}

/** Moves `staging` (a file or a folder) to `target`, keeping the old target until the new one is in place. */
export async function replaceAtomically(staging: string, target: string): Promise<void> {
  const stat = await fs.stat(staging);
  if (stat.isFile()) {
    await fs.rename(staging, target);
    settled(staging);
    return;
  }
  const old = temporaryPath(target);
  const hadOld = await fs.rename(target, old).then(
    () => true,
    () => false,
  );
  try {
    await fs.rename(staging, target);
    settled(staging);
  } catch (error) {
    if (hadOld) await fs.rename(old, target);
    settled(old);
    throw error;
  }
  if (hadOld) await fs.rm(old, { recursive: true, force: true });
  settled(old);
}

/** Writes a file atomically. */
export async function writeFileAtomically(target: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const staging = temporaryPath(target);
  try {
    await fs.writeFile(staging, data);
    await fs.rename(staging, target);
  } catch (error) {
    await fs.rm(staging, { force: true });
    throw error;
  } finally {
    settled(staging);
  }
}

/** Writes a file that must not exist yet: whole or not at all, and never over a file that appeared meanwhile.
 *  Returns false when the target exists. */
export async function writeNewFileAtomically(target: string, data: string | Uint8Array): Promise<boolean> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const staging = temporaryPath(target);
  try {
    await fs.writeFile(staging, data);
    // A hard link fails if the target exists, where a rename would replace it.
    await fs.link(staging, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // Some file systems (FAT on a USB stick) have no hard links: create the file exclusively instead.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') {
      return fs.writeFile(target, data, { flag: 'wx' }).then(
        () => true,
        (failed: NodeJS.ErrnoException) => {
          if (failed.code === 'EEXIST') return false;
          throw failed;
        },
      );
    }
    throw error;
  } finally {
    await fs.rm(staging, { force: true });
    settled(staging);
  }
}
