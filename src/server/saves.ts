// A save in the editor arrives as one or more change events (some editors empty the file, then write it). This turns
// each burst of events into reads of the outline and publishes only what a reader should see: the first read at once
// (the page follows within tens of milliseconds), and once the events have settled, a read of the file as it stands.
// An error is published only from a settled read, so a half-written file never flashes one; a read that finishes
// after a newer one started is dropped. A settled read that finds the save still in the middle (the file empty or
// gone: the writer was held up between emptying the file and writing it, as a busy machine does) waits longer for
// the rest of the save before it shows what it found.

export interface SaveWatch {
  /** Call on every change event of the file. */
  changed(): void;
}

export interface SaveTimers {
  set(then: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

const REAL_TIMERS: SaveTimers = {
  set: (then, ms) => setTimeout(then, ms),
  clear: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

export interface SaveWaits {
  /** How long after a burst's last event the file is read again. */
  settleMs: number;
  /** Whether the file is, right now, a save in the middle (empty, or gone for a moment). */
  midSave?: () => Promise<boolean>;
  /** How long a settled read that found a save in the middle waits for the rest of it before showing its error. */
  patienceMs?: number;
}

/** `read` reads and plans the file (an Error when it does not parse); `publish` shows a result. */
export function watchSaves<T>(
  read: () => Promise<T | Error>,
  publish: (result: T | Error) => void,
  waits: SaveWaits,
  timers: SaveTimers = REAL_TIMERS,
): SaveWatch {
  const { settleMs, midSave = async () => false, patienceMs = 0 } = waits;
  let timer: unknown;
  let latest = 0;
  /** Whether the first read of the current burst reached the page, once it is known. */
  let first: Promise<boolean> = Promise.resolve(true);
  let changedSinceFirst = false;

  /** Reads the file and publishes it; true when it did. With `settled` false, an error is kept quiet; with
   *  `patient`, an error read from a save in the middle waits for the rest of the save (or `patienceMs`). */
  const reload = async (readNumber: number, settled: boolean, patient = false): Promise<boolean> => {
    const result = await read().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    if (readNumber !== latest) return false;
    if (result instanceof Error && !settled) return false;
    if (result instanceof Error && patient && (await midSave().catch(() => false))) {
      if (readNumber !== latest || timer !== undefined) return false;
      // The next change event of the save clears this and starts a burst of its own.
      timer = timers.set(() => {
        timer = undefined;
        void reload(++latest, true);
      }, patienceMs);
      return false;
    }
    if (readNumber !== latest) return false;
    publish(result);
    return true;
  };

  return {
    changed() {
      if (timer === undefined) {
        first = reload(++latest, false);
        changedSinceFirst = false;
      } else {
        changedSinceFirst = true;
        timers.clear(timer);
      }
      timer = timers.set(() => {
        timer = undefined;
        void first.then((shown) => {
          if (changedSinceFirst || !shown) void reload(++latest, true, true);
        });
      }, settleMs);
    },
  };
}
