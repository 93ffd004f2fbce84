// The time limit of a browser step grows with the deck: a big deck finishes, a hung page is still given up on.
import { describe, expect, it, vi } from 'vitest';
import { language, setLanguage } from '../../src/messages/index.ts';
import { ExportTimeoutError, PAGE_TIMEOUT_MS, cpuShare, timeLimit, withTimeout } from '../../src/outputs/page.ts';

describe('the time limit of a browser step', () => {
  it('is two minutes for a small deck, and grows with every slide', () => {
    expect(timeLimit(28)).toBeGreaterThanOrEqual(PAGE_TIMEOUT_MS);
    expect(timeLimit(2_000)).toBeGreaterThan(timeLimit(480));
    // A 5,000-slide deck stopped at 120 s before; on two cores printing it takes minutes, not hours.
    expect(timeLimit(5_000)).toBeGreaterThanOrEqual(20 * 60_000);
    expect(timeLimit(5_000)).toBeLessThanOrEqual(60 * 60_000);
  });
});

describe('a time limit on a loaded machine', () => {
  it('counts wall time by the share of the cores a task can get, from all of it down to a tenth', () => {
    expect(cpuShare(0, 2)).toBe(1); // Windows reports no load
    expect(cpuShare(2, 2)).toBe(1);
    expect(cpuShare(8, 2)).toBe(0.25);
    expect(cpuShare(40, 2)).toBe(0.1);
  });

  it('gives up on a step only once its limit has passed in counted time', async () => {
    const before = language();
    setLanguage('en');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      let share = 0.25;
      const outcome = withTimeout(new Promise(() => undefined), 'talk: slides PDF', 2_000, () => share).then(
        () => 'finished',
        (error: unknown) => error,
      );
      // four times over-booked: 6 s of wall time count 1.5 s
      await vi.advanceTimersByTimeAsync(6_000);
      share = 1;
      await vi.advanceTimersByTimeAsync(400);
      expect(await Promise.race([outcome, 'waiting'])).toBe('waiting');
      await vi.advanceTimersByTimeAsync(1_000);
      const error = await outcome;
      expect(error).toBeInstanceOf(ExportTimeoutError);
      expect((error as Error).message).toBe('talk: slides PDF did not finish within 2 s.');
    } finally {
      vi.useRealTimers();
      setLanguage(before);
    }
  });
});
