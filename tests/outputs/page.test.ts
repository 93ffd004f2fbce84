// The time limit of a browser step grows with the deck: a big deck finishes, a hung page is still given up on.
import { describe, expect, it } from 'vitest';
import { PAGE_TIMEOUT_MS, timeLimit } from '../../src/outputs/page.ts';

describe('the time limit of a browser step', () => {
  it('is two minutes for a small deck, and grows with every slide', () => {
    expect(timeLimit(28)).toBeGreaterThanOrEqual(PAGE_TIMEOUT_MS);
    expect(timeLimit(2_000)).toBeGreaterThan(timeLimit(480));
    // A 5,000-slide deck stopped at 120 s before; on two cores printing it takes minutes, not hours.
    expect(timeLimit(5_000)).toBeGreaterThanOrEqual(20 * 60_000);
    expect(timeLimit(5_000)).toBeLessThanOrEqual(60 * 60_000);
  });
});
