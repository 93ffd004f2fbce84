// A save in the editor arrives as one or more change events (some editors empty the file, then write it). This turns
// each burst of events into reads of the outline and publishes only what a reader should see: the first read at once
// (the page follows within tens of milliseconds), and once the events have settled, a read of the file as it stands.
// An error is published only from a settled read, so a half-written file never flashes one; a read that finishes
// after a newer one started is dropped.

export interface SaveWatch<T> {
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

/** `read` reads and plans the file (an Error when it does not parse); `publish` shows a result. */
export function watchSaves<T>(
  read: () => Promise<T | Error>,
  publish: (result: T | Error) => void,
  settleMs: number,
  timers: SaveTimers = REAL_TIMERS,
): SaveWatch<T> {
  let timer: unknown;
  let latest = 0;
  /** Whether the first read of the current burst reached the page, once it is known. */
  let first: Promise<boolean> = Promise.resolve(true);
  let changedSinceFirst = false;

  /** Reads the file and publishes it; true when it did. With `settled` false, an error is kept quiet. */
  const reload = async (readNumber: number, settled: boolean): Promise<boolean> => {
    const result = await read().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    if (readNumber !== latest) return false;
    if (result instanceof Error && !settled) return false;
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
          if (changedSinceFirst || !shown) void reload(++latest, true);
        });
      }, settleMs);
    },
  };
}
