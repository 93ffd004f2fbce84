// The line breaks the PowerPoint writes by hand (balanced titles): only between phrases, never inside a word, and
// none at all where no phrase boundary would make lines that fit (the reader then wraps).
import { describe, expect, it } from 'vitest';
import { keptPhrases } from '../../../src/deck/phrases.ts';
import {
  balancedBreaks,
  balancedLines,
  lineBreakOffsets,
  readerWidthEm,
  textWidthEm,
} from '../../../src/outputs/pptx/measure.ts';
import type { TableRow } from '../../../src/outputs/pptx/rich-text.ts';
import { tableLayout } from '../../../src/outputs/pptx/slides/table.ts';

const TITLES = [
  '坚持以人民为中心推动基层治理现代化',
  '学习贯彻党的二十届四中全会精神奋力谱写中国式现代化新篇章',
  '提升做好新时代群众工作的能力',
  '把群众的小事当作自己的大事，把群众的急事当作自己的要事',
  '王𠮷同志在基层治理工作会议上的交流发言',
];

describe('balanced title lines', () => {
  it('break only where a phrase ends, at every width', () => {
    let breaks = 0;
    for (const title of TITLES) {
      const allowed = lineBreakOffsets(title);
      for (let width = 400; width <= 1600; width += 50) {
        for (const at of balancedBreaks(title, width, 96, 0.04)) {
          breaks++;
          expect(
            allowed,
            `${title} at ${width} px: ${[...title].slice(0, at).join('')} / ${[...title].slice(at).join('')}`,
          ).toContain(at);
        }
      }
    }
    expect(breaks).toBeGreaterThan(20);
  });

  it('keep to the phrases of a title the old breaker cut inside a word (基层治 / 理)', () => {
    const title = '坚持以人民为中心推动基层治理现代化';
    for (let width = 600; width <= 1500; width += 20) {
      const lines = [...title];
      for (const at of balancedBreaks(title, width, 96, 0.04))
        expect(lines.slice(at - 3, at + 1).join(''), `${width} px`).not.toBe('基层治理');
    }
  });

  it('count a character beyond the BMP (𠮷) as one character', () => {
    const offsets = lineBreakOffsets('王𠮷同志在基层治理工作会议上的交流发言');
    for (const at of offsets) expect(at).toBeLessThanOrEqual([...'王𠮷同志在基层治理工作会议上的交流发言'].length);
    expect(offsets.length).toBeGreaterThan(2);
  });

  it('keep the outline’s own set phrases (keep:) whole', () => {
    const title = '推动基层党建与业务工作深度融合互促共进';
    const [from, to] = [title.indexOf('深度融合'), title.indexOf('深度融合') + 4];
    let broken = 0;
    for (let width = 400; width <= 1000; width += 20) {
      if (balancedBreaks(title, width, 68, 0.02).some((at) => at > from && at < to)) broken++;
      for (const at of balancedBreaks(title, width, 68, 0.02, ['深度融合']))
        expect(at <= from || at >= to, `${width} px: ${at}`).toBe(true);
    }
    // the list alone does not know the phrase: the test can fail
    expect(broken).toBeGreaterThan(0);
  });

  it('break a set phrase wider than the line only at its inner boundary, with the word it carries (坚持)', () => {
    const title = '坚持习近平新时代中国特色社会主义思想';
    const chars = [...title];
    for (let width = 800; width <= 1300; width += 50) {
      const breaks = balancedBreaks(title, width, 72, 0.03);
      const lines = [0, ...breaks, chars.length]
        .slice(1)
        .map((end, i, ends) => chars.slice(i ? ends[i - 1] : 0, end).join(''));
      if (textWidthEm(title) * 1.03 * 72 <= width) expect(breaks, `${width} px`).toEqual([]);
      else expect(lines, `${width} px`).toEqual(['坚持习近平新时代', '中国特色社会主义思想']);
    }
  });

  it('take one line more where a long set phrase leaves no boundary near the middle, every line fitting', () => {
    const title = '坚持以习近平同志为核心的党中央集中统一领导，推动中国特色社会主义事业';
    const phrases = keptPhrases(title);
    for (let width = 1300; width <= 1700; width += 50) {
      const { breaks, lines } = balancedLines(title, width, 84, 0.03);
      expect(breaks.length, `${width} px`).toBeGreaterThan(0);
      expect(lines).toBe(breaks.length + 1);
      const chars = [...title];
      const ends = [0, ...breaks, chars.length];
      for (let i = 1; i < ends.length; i++) {
        const line = chars.slice(ends[i - 1], ends[i]).join('');
        expect((textWidthEm(line) + 0.03 * [...line].length) * 84, `${width} px: ${line}`).toBeLessThanOrEqual(width);
      }
      for (const at of breaks)
        for (const phrase of phrases) expect(at <= phrase.from || at >= phrase.to, `${width} px: ${at}`).toBe(true);
    }
  });
});

describe('a table header’s width in the reader’s faces', () => {
  it('holds 2023年 with the space readers put between figures and Chinese, wider than the plain estimate', () => {
    expect(readerWidthEm('2023年')).toBeGreaterThan(textWidthEm('2023年') * 1.1);
    expect(readerWidthEm('2023年')).toBeGreaterThanOrEqual(4 * 0.7 + 1 + 0.25);
    expect(readerWidthEm('完成率')).toBeCloseTo(3 * 1.05);
  });

  it('gives each header column of a 4:3 table room for its header on one line', () => {
    const header = ['项目', '2023年', '2024年', '完成率'];
    const rows = [
      { header: true, cells: header.map((text) => ({ inlines: [{ text }] })) },
      ...['老旧小区改造（个）', '新增养老床位（张）', '就业培训（人次）'].map((name) => ({
        header: false,
        cells: [name, '3,000', '3,412', '113.7%'].map((text) => ({ inlines: [{ text }] })),
      })),
    ] as unknown as TableRow[];
    for (const size of [42, 45, 48, 52]) {
      // (at the size the table is set: the deck's, or up to 15 % smaller to hold every cell on one line)
      const { columns, size: set } = tableLayout(rows, 1440 - 2 * 96, size);
      expect(set).toBeGreaterThanOrEqual(0.85 * size);
      header.forEach((text, c) =>
        expect(columns[c]! - 2 * 0.6 * set, `${text} at ${size}px`).toBeGreaterThan(readerWidthEm(text) * set - 0.01),
      );
    }
  });
});

describe('a table whose every cell is one line in the deck', () => {
  const rows = [
    ['指标', '2023年', '2024年', '2025年', '增幅', '备注说明'],
    ['矛盾纠纷受理（件）', '12,486', '11,302', '9,875', '-12.6%', '源头化解见效'],
    ['就地化解率', '92.1%', '95.4%', '98.6%', '3.2个百分点', '达到省定目标'],
  ].map((cells, r) => ({
    header: r === 0,
    cells: cells.map((text) => ({ inlines: [{ text }] })),
  })) as unknown as TableRow[];

  it('is set a little smaller rather than broken where the reader’s wider faces would not hold it', () => {
    // (the deck writes no columns: its estimate holds every cell on one line)
    const { columns, size } = tableLayout(rows, 1688, 42, () => ({ shares: undefined, rules: [] }));
    expect(size).toBeLessThan(42);
    expect(size).toBeGreaterThanOrEqual(0.85 * 42);
    // every cell on one line in the reader's faces, at that size
    rows.forEach((row) =>
      row.cells.forEach((_, c) => {
        const text = (row.cells[c] as unknown as { inlines: Array<{ text: string }> }).inlines[0]!.text;
        expect(columns[c]! - 2 * 0.6 * size, text).toBeGreaterThanOrEqual(readerWidthEm(text) * size - 0.01);
      }),
    );
  });

  it('keeps the deck’s size where the reader’s faces hold it, or where only much smaller type would', () => {
    expect(tableLayout(rows, 2400, 42).size).toBe(42);
    expect(tableLayout(rows, 1500, 42).size).toBe(42);
  });
});
