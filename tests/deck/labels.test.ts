import { describe, expect, it } from 'vitest';
import { chineseDate, chineseNumber, partHeading, partNumber } from '../../src/deck/index.ts';

describe('part numbers', () => {
  it('writes Chinese numerals', () => {
    expect([1, 2, 9, 10, 11, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
  });

  it('follows the numbering option', () => {
    expect(partNumber(3, 'chinese')).toBe('三');
    expect(partNumber(3, 'arabic')).toBe('03');
    expect(partNumber(3, 'none')).toBe('');
    expect(partHeading('三', '标题', 'chinese')).toBe('三、标题');
    expect(partHeading('03', '标题', 'arabic')).toBe('3. 标题');
    expect(partHeading('', '标题', 'none')).toBe('标题');
  });

  it('writes dates the Chinese way', () => {
    expect(chineseDate('2026-11-07')).toBe('2026年11月7日');
  });
});
