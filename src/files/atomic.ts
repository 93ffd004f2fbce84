// Outputs appear whole or not at all: write beside the target, then rename over it. A target another program holds
// open (a PDF viewer on Windows) is waited for a moment, then named in a FileInUseError.
import { writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onStop } from '../interrupt.ts';
import { removeLeftovers } from './leftovers.ts';
import { removeNow } from './remove-now.ts';
import { listItems } from '../messages/list.ts';

/** Staging names start with this, then the id of the process that made them. */
export const STAGING_PREFIX = '.speechdeck-tmp-';

/** Staging paths not yet renamed into place: removed if the process is stopped by a signal. */
const pending = new Set<string>();
let counter = 0;
/** Folders already cleared of what killed runs left there, during this run. */
const swept = new Set<string>();

onStop(removePendingOutputs);

/** A sibling path for staging `target`, ignored by git and unique to this process. The first one in a folder also
 *  removes the staging files of runs that were killed before they could (their process has ended). */
export function temporaryPath(target: string): string {
  const dir = path.dirname(target);
  if (!swept.has(dir)) {
    swept.add(dir);
    removeLeftovers(dir, STAGING_PREFIX);
  }
  const staging = path.join(
    dir,
    `${STAGING_PREFIX}${process.pid}-${(counter++).toString(36)}-${path.basename(target)}`,
  );
  pending.add(staging);
  return staging;
}

/** Removes every staging file and folder still pending (called when the run is stopped). */
function removePendingOutputs(): void {
  for (const staging of pending) removeNow(staging);
  pending.clear();
}

/** Forgets a staging path once it has been renamed into place or removed. */
export function settled(staging: string): void {
  pending.delete(staging);
}

/** Files that could not be replaced because another program holds them open: an environment problem, not the
 *  outline's. `files` are the targets, as given. */
export class FileInUseError extends Error {
  override name = 'FileInUseError';
  constructor(readonly files: string[]) {
    super(`${listItems('files', files, { lang: 'en' })}: in use by another program`);
  }
}

/** How long a rename waits for a file held open to be let go: antivirus, search indexers and sync clients hold a
 *  new file for a moment; a PDF open in a viewer is held until the viewer closes it. */
const IN_USE_WAIT_MS = 1_000;
/** What Windows says when another program holds the target open (EPERM for "access denied", EBUSY for a sharing
 *  violation). */
const IN_USE = new Set(['EPERM', 'EBUSY']);

/** `fs.rename`, tried again for about a second while the target is held open; then a FileInUseError. */
export async function renameWhenFree(from: string, to: string, wait = IN_USE_WAIT_MS): Promise<void> {
  for (let delay = 50, waited = 0; ; waited += delay, delay = Math.min(delay * 2, 250)) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (!IN_USE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      if (waited >= wait) throw new FileInUseError([to]);
      await sleep(delay);
    }
  }
}

/** Moves `staging` (a file or a folder) to `target`, keeping the old target until the new one is in place. */
export async function replaceAtomically(staging: string, target: string): Promise<void> {
  const stat = await fs.stat(staging);
  if (stat.isFile()) {
    await renameWhenFree(staging, target);
    settled(staging);
    return;
  }
  const old = temporaryPath(target);
  let hadOld: boolean;
  try {
    await renameWhenFree(target, old);
    hadOld = true;
  } catch (error) {
    if (error instanceof FileInUseError) {
      settled(old);
      throw new FileInUseError([target]);
    }
    hadOld = false;
  }
  try {
    await renameWhenFree(staging, target);
    settled(staging);
  } catch (error) {
    if (hadOld) await fs.rename(old, target);
    settled(old);
    throw error;
  }
  if (hadOld) await fs.rm(old, { recursive: true, force: true });
  settled(old);
}

/** A failed write names the file it was writing: a write to an open file (`write`, `fsync`) reports no path, and a
 *  full disk would then be "unexpected error: ENOSPC" instead of a message naming the output (write-errors.ts). */
export function naming(error: unknown, target: string): unknown {
  const failure = error as Partial<NodeJS.ErrnoException> | null;
  if (failure && typeof failure === 'object' && typeof failure.code === 'string' && failure.path === undefined)
    failure.path = target;
  return error;
}

/** `writeFileSync`, its failure naming `target`. */
export function writeNow(file: string, data: string | Uint8Array, target = file): void {
  try {
    writeFileSync(file, data);
  } catch (error) {
    throw naming(error, target);
  }
}

/** Writes a file atomically; with `onlyIf`, only where it still holds just before the file is replaced (false: not
 *  written). */
export async function writeFileAtomically(
  target: string,
  data: string | Uint8Array,
  options: { onlyIf?: () => boolean } = {},
): Promise<boolean> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const staging = temporaryPath(target);
  try {
    // Written at once, not in the background: a stop that removes the staging file while a background write is
    // still opening it would see it made again a moment later, half-written, beside the outputs.
    writeFileSync(staging, data);
    // `onlyIf` is asked last, just before the rename, with nothing of ours in between: a check made before the
    // staging file was written would leave that whole write's time for another program to save the target.
    if (options.onlyIf && !options.onlyIf()) {
      await fs.rm(staging, { force: true });
      return false;
    }
    await renameWhenFree(staging, target);
    return true;
  } catch (error) {
    await fs.rm(staging, { force: true });
    throw naming(error, target);
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
    writeNow(staging, data, target); // at once, as in writeFileAtomically
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
