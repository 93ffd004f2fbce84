// Removing a file or folder at once, as a stop handler must (it cannot wait), while a write that was already under
// way (a browser killed a moment ago, a copy in the background) may still add a file to it.
import { rmSync } from 'node:fs';

/** How many times the removal is tried, the last after about 0.6 s in all. */
const ATTEMPTS = 7;

/** Removes `target` and all it holds. A file made after its folder was read leaves the folder not empty, and Node's
 *  own retries try only the folder again, not what is new in it: so the whole removal is tried again, a little
 *  later each time. Returns false if it is still there (a later run removes it: see leftovers.ts). */
export function removeNow(target: string, remove: (target: string) => void = removeAll): boolean {
  for (let attempt = 1; ; attempt++) {
    try {
      remove(target);
      return true;
    } catch {
      if (attempt === ATTEMPTS) return false;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10 << attempt);
    }
  }
}

function removeAll(target: string): void {
  rmSync(target, { recursive: true, force: true });
}
