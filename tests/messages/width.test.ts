// Terminal columns: Chinese takes two, so tables line up and progress lines never wrap.
import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidth, padEndWidth, padStartWidth } from '../../src/messages/width.ts';

describe('text width on a terminal', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('群众工作')).toBe(8);
    expect(displayWidth('一、Ａ1')).toBe(7);
  });

  it('cuts to the columns given, never past them, with an ellipsis', () => {
    const cut = fitWidth('… qunzhong: 讲义 — 正在排版 (3 s)', 20);
    expect(displayWidth(cut)).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
    expect(fitWidth('短', 20)).toBe('短');
  });

  it('pads to columns, not characters', () => {
    expect(padEndWidth('部分', 6)).toBe('部分  ');
    expect(padStartWidth('12', 4)).toBe('  12');
  });
});
