// The timing counts what is read aloud: figures, symbols and Latin words at their spoken length.
import { describe, expect, it } from 'vitest';
import { latinSyllables, readAloud, spokenLength, wholeNumber } from '../../src/deck/spoken.ts';
import { spokenUnits } from '../../src/deck/timing.ts';

describe('readAloud', () => {
  it.each([
    ['65%', '百分之六十五'],
    ['3.5%', '百分之三点五'],
    ['增长5%～10%', '增长百分之五到百分之十'],
    ['5-10%', '百分之五到百分之十'],
    ['2025年', '二〇二五年'],
    ['2020—2025年', '二〇二〇到二〇二五年'],
    ['2025-03-15', '二〇二五年三月十五日'],
    ['2025/3/8', '二〇二五年三月八日'],
    ['3月15日', '三月十五日'],
    ['1426家', '一千四百二十六家'],
    ['1,426家', '一千四百二十六家'],
    ['10', '十'],
    ['15个', '十五个'],
    ['115', '一百一十五'],
    ['1006', '一千零六'],
    ['10010', '一万零一十'],
    ['20000', '二万'],
    ['120000', '十二万'],
    ['100000000', '一亿'],
    ['305000000', '三亿零五百万'],
    ['3.5', '三点五'],
    ['0.05', '零点零五'],
    ['1/3', '三分之一'],
    ['3～5年', '三到五年'],
    ['3-5 个', '三到五 个'],
    ['13812345678', '一三八一二三四五六七八'],
    ['010-12345678', '〇一〇一二三四五六七八'],
    ['5‰', '千分之五'],
    ['¥200', '二百元'],
    ['$30', '三十美元'],
    ['36℃', '三十六摄氏度'],
    ['5G网络', '五G网络'],
    ['第0号', '第零号'],
    ['007', '〇〇七'],
  ])('%s is said %s', (text, said) => {
    expect(readAloud(text)).toBe(said);
  });

  it('leaves text without figures as it is', () => {
    expect(readAloud('群众工作是基础。')).toBe('群众工作是基础。');
  });
});

describe('wholeNumber', () => {
  it.each([
    ['0', '零'],
    ['101', '一百零一'],
    ['1000', '一千'],
    ['100010', '十万零一十'],
    ['10000001', '一千万零一'],
  ])('%s → %s', (digits, said) => expect(wholeNumber(digits)).toBe(said));
});

describe('spokenLength', () => {
  it.each([
    ['65%', 6],
    ['2025年', 5],
    ['1426家', 8],
    ['GDP增长', 5],
    ['AI', 2],
    ['reveal', 2],
    ['群众工作', 4],
    ['', 0],
  ])('%s takes %i units', (text, units) => expect(spokenLength(text)).toBe(units));

  it('counts acronyms letter by letter and other words by their vowel groups', () => {
    expect(latinSyllables('WTO')).toBe(3);
    expect(latinSyllables('PowerPoint')).toBe(3);
    expect(latinSyllables('x')).toBe(1);
  });

  it('is what the timing counts: a talk with figures takes longer than its printed characters say', () => {
    const text = '2025年，全区1426家企业增长65%，其中3.5%来自新办企业。';
    expect(spokenUnits(text)).toBe(spokenLength(text));
    const printedHan = text.match(/\p{Script=Han}/gu)!.length;
    expect(spokenUnits(text)).toBeGreaterThan(printedHan + 4);
  });
});
