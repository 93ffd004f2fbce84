// What runs that were killed left behind (`kill -9`, a closed console window, a power cut): staging files beside
// the outputs and browser profiles in the temporary folder, each named with the id of the process that made it.
// A later run removes those whose process has ended; it never touches another running process's files.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Whether a process with this id is running. A process of another user, which we may not signal, is running. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id in a name we gave (`<prefix><pid>-…`), or undefined for any other name. */
export function ownerOf(name: string, prefix: string): number | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const match = /^(\d+)-/.exec(name.slice(prefix.length));
  return match ? Number(match[1]) : undefined;
}

export interface LeftoverOptions {
  /** Asked for each owner found (given, so that tests can say which processes have ended). */
  running?: (pid: number) => boolean;
  /** Removes one leftover (given, so that a profile can take its lock folder with it). */
  remove?: (file: string) => void;
}

/** Removes every entry of `dir` named `<prefix><pid>-…` whose process has ended; returns what it removed. A folder
 *  that cannot be read, or an entry that cannot be removed (still in use on Windows), is left for another time. */
export function removeLeftovers(dir: string, prefix: string, options: LeftoverOptions = {}): string[] {
  const running = options.running ?? isRunning;
  const remove = options.remove ?? ((file: string) => rmSync(file, { recursive: true, force: true }));
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const owner = ownerOf(name, prefix);
    if (owner === undefined || owner === process.pid || running(owner)) continue;
    try {
      remove(path.join(dir, name));
      removed.push(path.join(dir, name));
    } catch {
      // in use, or not ours to remove: the next run tries again
    }
  }
  return removed;
}
