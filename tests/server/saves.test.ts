// How the dev server turns an editor's save (one change event, or a burst of them) into what the page shows, with a
// clock the test moves by hand: no sleeps, no timing luck.
import { describe, expect, it } from 'vitest';
import { watchSaves } from '../../src/server/saves.ts';
import type { SaveTimers } from '../../src/server/saves.ts';

/** Timers that fire only when the test says time has passed. */
function manualClock(): SaveTimers & { advance(ms: number): void } {
  let now = 0;
  const due = new Map<number, { at: number; then: () => void }>();
  let next = 0;
  return {
    set(then, ms) {
      due.set(++next, { at: now + ms, then });
      return next;
    },
    clear(timer) {
      due.delete(timer as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...due]) {
        if (timer.at <= now) {
          due.delete(id);
          timer.then();
        }
      }
    },
  };
}

/** The outline on "disk" as the reads see it; reads finish when the test lets them. */
function outlineFile(initial: string) {
  let text = initial;
  const pending: Array<() => void> = [];
  return {
    write(next: string) {
      text = next;
    },
    read(): Promise<string | Error> {
      const seen = text;
      return new Promise((resolve) =>
        pending.push(() => resolve(seen === '' ? new Error('the outline is empty') : seen)),
      );
    },
    /** Whether the file is empty right now, as the server's check of a save in the middle sees it. */
    midSave: async () => text === '',
    /** Lets every read finish, in the order they started, including reads that finishing ones start. */
    async finishReads() {
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        if (!pending.length) return;
        while (pending.length) pending.shift()!();
      }
    },
  };
}

/** A watch of the outline, with the dev server's waits, on a clock the test moves; `reads` counts the reads. */
function watching(
  initial: string,
  reading: (file: ReturnType<typeof outlineFile>) => Promise<string | Error> = (file) => file.read(),
) {
  const clock = manualClock();
  const file = outlineFile(initial);
  const shown: Array<string | Error> = [];
  let reads = 0;
  const saves = watchSaves(
    () => (reads++, reading(file)),
    (result) => shown.push(result),
    { settleMs: 100, midSave: file.midSave, patienceMs: 2000 },
    clock,
  );
  return { clock, file, shown, saves, reads: () => reads };
}

describe('a save in the dev server', () => {
  it('is shown at once when it is one event, and read only once', async () => {
    const { clock, file, shown, saves, reads } = watching('v1');
    file.write('v2');
    saves.changed();
    await file.finishReads();
    expect(shown).toEqual(['v2']);
    clock.advance(100);
    await file.finishReads();
    expect(shown).toEqual(['v2']);
    expect(reads()).toBe(1);
  });

  it('written in two steps (emptied, then written) never shows the empty file, only the whole one', async () => {
    const { clock, file, shown, saves } = watching('v1');
    file.write('');
    saves.changed();
    await file.finishReads(); // the first read sees the empty file: an error, kept quiet
    clock.advance(20);
    file.write('v2');
    saves.changed();
    await file.finishReads();
    expect(shown).toEqual([]);
    clock.advance(100); // settled: read again
    await file.finishReads();
    expect(shown).toEqual(['v2']);
  });

  it('shows an error that is still there once the events have settled', async () => {
    const { clock, file, shown, saves } = watching('v1');
    file.write('# 一\n\n## 页\n');
    saves.changed();
    await file.finishReads();
    file.write('');
    saves.changed();
    await file.finishReads();
    clock.advance(100);
    await file.finishReads();
    expect(shown).toEqual(['# 一\n\n## 页\n']); // the empty file may still be a save in the middle…
    clock.advance(2000);
    await file.finishReads();
    expect(shown.at(-1)).toEqual(new Error('the outline is empty')); // …and after a while it is not
  });

  it('waits for a writer held up between emptying the file and writing it, longer than a burst settles', async () => {
    const { clock, file, shown, saves } = watching('v1');
    file.write('');
    saves.changed();
    await file.finishReads();
    clock.advance(100); // settled, but the file is still empty: the writer was held up
    await file.finishReads();
    clock.advance(1500);
    await file.finishReads();
    expect(shown).toEqual([]);
    file.write('v2'); // the rest of the save
    saves.changed();
    await file.finishReads();
    clock.advance(100);
    await file.finishReads();
    clock.advance(5000);
    await file.finishReads();
    expect(shown).toEqual(['v2']);
  });

  it('shows an error that is not a save in the middle as soon as the events have settled', async () => {
    const { clock, file, shown, saves } = watching('v1', (file) =>
      file.read().then((text) => (text === 'bad' ? new Error('bad front matter') : text)),
    );
    file.write('bad');
    saves.changed();
    await file.finishReads();
    expect(shown).toEqual([]);
    clock.advance(100);
    await file.finishReads();
    expect(shown).toEqual([new Error('bad front matter')]);
  });

  it('drops a read that finishes after a newer one was started: the page never goes back to an older save', async () => {
    const { clock, file, shown, saves } = watching('v1');
    file.write('v2');
    saves.changed(); // a read of v2 starts, and is slow…
    clock.advance(100);
    file.write('v3');
    saves.changed(); // …while the next save's read of v3 starts
    await file.finishReads();
    expect(shown).not.toContain('v2');
    expect(shown.at(-1)).toBe('v3');
  });
});
