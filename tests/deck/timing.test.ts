import { describe, expect, it } from 'vitest';
import { formatMinutes, pacingSeconds, spokenSeconds, spokenUnits } from '../../src/deck/index.ts';

describe('spoken length', () => {
  it('counts every Han character and no punctuation', () => {
    expect(spokenUnits('群众路线是党的生命线。')).toBe(10);
    expect(spokenUnits('“急难愁盼”，要解决！')).toBe(7);
  });

  it('counts figures and Latin words as they are said (spoken.ts)', () => {
    expect(spokenUnits('18位农民')).toBe(5); // 十八位农民
    expect(spokenUnits('用好 WeChat 和 QQ 群')).toBe(8); // We-Chat, Q-Q
  });

  it('divides by pace: 220 characters take one minute', () => {
    expect(spokenSeconds('群'.repeat(220), 220)).toBeCloseTo(60);
    expect(spokenSeconds('群'.repeat(110), 220)).toBeCloseTo(30);
    expect(spokenSeconds('', 220)).toBe(0);
  });

  it('formats minutes and seconds', () => {
    expect(formatMinutes(75)).toBe('1:15');
    expect(formatMinutes(600)).toBe('10:00');
  });
});

describe('pacing for the speaker view', () => {
  it('keeps the estimates when no duration is set, with a floor for slides without notes', () => {
    expect(pacingSeconds([0, 30, 60])).toEqual([5, 30, 60]);
  });

  it('scales the estimates to fill the duration', () => {
    const pacing = pacingSeconds([0, 45, 90], 5);
    expect(pacing.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(299);
    expect(pacing.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(301);
    expect(pacing[2]! / pacing[1]!).toBeCloseTo(2, 1);
  });
});
