// How a talk numbers its parts and points, read once for the outline and the importer.
import { describe, expect, it } from 'vitest';
import { numberValue, openingNumber, readNumbering } from '../../src/outline/numbering.ts';

describe('numberValue', () => {
  it('reads digits, circled numbers and Chinese numerals up to 九十九', () => {
    expect(['1', '12', '⑤', '⑳', '一', '十', '十一', '二十', '二十三', '九十九'].map(numberValue)).toEqual([
      1, 12, 5, 20, 1, 10, 11, 20, 23, 99,
    ]);
  });

  it('reads nothing else', () => {
    expect(['', '百', '十十', '一二', '二十十', '123', '两'].map(numberValue)).toEqual(Array(7).fill(undefined));
  });
});

describe('openingNumber', () => {
  it('finds the number in every way a Chinese talk numbers', () => {
    const lines = [
      '（三）坚持',
      '(3) 坚持',
      '三、坚持',
      '3. 坚持',
      '3、坚持',
      '③坚持',
      '第三，坚持',
      '三是坚持',
      '三要坚持',
    ];
    expect(lines.map(openingNumber)).toEqual(Array(lines.length).fill(3));
  });

  it('finds none where the number is a word or a figure, or the counting has no number', () => {
    const lines = ['第一书记驻村', '1.5万户受益', '一、二年级的学生', '首先，坚持', '坚持一是一', '（一）'];
    expect(lines.map(openingNumber)).toEqual(Array(lines.length).fill(undefined));
  });
});

describe('readNumbering', () => {
  it('tells the kind apart, outermost first, and keeps the rest of the line', () => {
    expect(readNumbering('一、把群众变化把握得更准')).toEqual({
      kind: 'cn',
      number: '一',
      rest: '把群众变化把握得更准',
    });
    expect(readNumbering('（二）线上线下结合')?.kind).toBe('cn-paren');
    expect(readNumbering('12. 老旧小区改造')?.kind).toBe('num');
    expect(readNumbering('(2)走访')?.kind).toBe('num-paren');
    expect(readNumbering('⑫ 走访')?.kind).toBe('circled');
    expect(readNumbering('三、四月份走访')).toBeUndefined();
  });
});
