// A table's cells break between words, and never inside a figure with its unit, even in a column too narrow for its
// words: the browser broke 备注说 / 明, 源头化 / 解见效, 3.2个百分 / 点 and 2023 / 年 anywhere.
import { describe, expect, it } from 'vitest';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import { CELL_CHARACTERS, CELL_WORDS, phraseBreaks, phraseRulesWith } from '../../src/deck/phrases.ts';
import { FRAME, isTable, tableShares } from '../../src/deck/layout.ts';
import { SAFETY, textEm } from '../../src/deck/measure.ts';
import { slideSize } from '../../src/deck/size.ts';
import { parseOutline } from '../../src/outline/index.ts';

/** The text cut at its breaks, with ` / `. */
const cut = (text: string, rules = CELL_WORDS) => {
  let out = '';
  let from = 0;
  for (const at of phraseBreaks(text, rules)) {
    out += `${text.slice(from, at)}/`;
    from = at;
  }
  return out + text.slice(from);
};

/** Figures with their units, with and without words around them. */
const FIGURES = [
  '3.2个百分点',
  '2023年',
  '12,486万元',
  '98.6%',
  '-12.6%',
  '1,204件',
  '10:30',
  '第3',
  '3,872名',
  '1.5亿元',
];

describe('where a table cell may break', () => {
  it('between the words of the genre, never inside one', () => {
    expect(cut('备注说明')).toBe('备注/说明');
    expect(cut('源头化解见效').split('/')).not.toContain('源头化');
    for (const word of ['源头', '化解', '见效'])
      expect(
        cut('源头化解见效')
          .split('/')
          .some((p) => p.includes(word)),
      ).toBe(true);
    // (two or three characters the dictionary leaves alone are one word again: 同/比, 网/格/员)
    expect(cut('同比增长').split('/')).toEqual(['同比', '增长']);
    expect(cut('网格员走访')).toBe('网格员/走访');
    // a set phrase breaks at most at its inner boundary
    expect(cut('以习近平同志为核心的党中央部署')).toBe('以习近平同志为/核心的党中央/部署');
  });

  it('between the characters of a longer run the dictionary leaves alone, unless a set phrase holds them', () => {
    // (joined, 网格员入户 was one piece five characters wide, and pushed its column to break anywhere)
    expect(cut('网格员入户')).toBe('网/格/员/入/户');
    expect(cut('网格员全覆盖')).toBe('网/格/员/全/覆盖');
    expect(cut('网格员入户', phraseRulesWith(CELL_WORDS, ['网格员']))).toBe('网格员/入/户');
    expect(cut('网格员入户', phraseRulesWith(CELL_WORDS, ['网格员入户']))).toBe('网格员入户');
    expect(cut('网格员入户走访', phraseRulesWith(CELL_WORDS, ['网格员', '入户走访']))).toBe('网格员/入户走访');
    // (a figure with its unit holds its characters too)
    expect(cut('网格员入户3,120名')).toBe('网/格/员/入/户/3,120名');
  });

  it('never inside a figure with its unit, between words or between characters', () => {
    for (const rules of [CELL_WORDS, CELL_CHARACTERS])
      for (const figure of FIGURES)
        for (const text of [figure, `增长${figure}`, `${figure}以上`, `同比增长${figure}，达到目标`]) {
          const from = text.indexOf(figure);
          const inside = phraseBreaks(text, rules).filter((at) => at > from && at < from + figure.length);
          expect(inside, `${text} (${rules.cells})`).toEqual([]);
        }
  });

  it('never before a mark that may not start a line, nor after one that may not end it', () => {
    for (const rules of [CELL_WORDS, CELL_CHARACTERS]) {
      const text = '矛盾纠纷受理（件），连续三年“下降”。';
      for (const at of phraseBreaks(text, rules)) {
        expect(text[at]).not.toMatch(/[，。、）”]/);
        expect(text[at - 1]).not.toMatch(/[（“]/);
      }
    }
  });

  it('leaves text without Chinese to the browser', () => {
    expect(phraseBreaks('GDP growth 3.2%', CELL_WORDS)).toEqual([]);
  });
});

const TABLE = `| 指标 | 2023年 | 2024年 | 2025年 | 增幅 | 备注说明 |
| --- | --- | --- | --- | --- | --- |
| 矛盾纠纷受理（件） | 12,486 | 11,302 | 9,875 | -12.6% | 源头化解见效 |
| 就地化解率 | 92.1% | 95.4% | 98.6% | 3.2个百分点 | 达到省定目标 |
| 网格员（名） | 3,120 | 3,560 | 3,872 | 8.8% | 专兼职合计 |
`;

const SEVEN = `| 乡镇 | 2022年 | 2023年 | 2024年 | 同比增长 | 群众满意度 | 备注说明 |
| --- | --- | --- | --- | --- | --- | --- |
| 城关镇 | 1,024 | 1,108 | 1,236 | 3.2个百分点 | 96.5% | 网格员全覆盖 |
| 东山乡 | 856 | 902 | 987 | 2.8个百分点 | 95.1% | 源头化解见效 |
`;

/** The deck's HTML of one slide holding `table`, at `aspect`. */
const tableHtml = (table: string, aspect: string) =>
  renderSlides(planDeck(parseOutline(`---\ntitle: 表\naspect: "${aspect}"\n---\n\n## 指标\n\n${table}`, 'talk.md')));

/** The text of each cell as the deck writes it, with its <wbr> as `/`. */
const cellsOf = (html: string) =>
  [...html.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((m) => m[1]!.replace(/<wbr>/g, '/').replace(/<[^>]+>/g, ''));

describe('a table on a slide', () => {
  it('marks its cells’ breaks between words where its words fit, in both aspects', () => {
    for (const aspect of ['16:9', '4:3']) {
      const cells = cellsOf(tableHtml(TABLE.replace('| 就地化解率 |', '| 就地化解 |'), aspect));
      expect(cells).toContain('备注/说明');
      expect(cells).toContain('3.2个百分点');
      expect(cells).toContain('2023年');
      expect(cells.some((cell) => /源头化\/|源\/头|见\/效/.test(cell))).toBe(false);
    }
  });

  it('breaks a column too narrow for its words between characters, one column at a time, and never a figure', () => {
    const cells = cellsOf(tableHtml(SEVEN, '4:3'));
    for (const figure of ['3.2个百分点', '2.8个百分点', '2022年', '2023年', '2024年', '96.5%', '1,024'])
      expect(cells, figure).toContain(figure);
    // (some column gave way, and not every one did: 同比增长 and 群众满意度 keep their words)
    expect(cells.some((cell) => /^.\/./.test(cell))).toBe(true);
    expect(cells).toContain('同比/增长');
  });
});

/** A code no word break holds, wider than any slide's line. */
const CODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CODES = `| 单位 | 编码 | 受理（件） |
| --- | --- | --- |
| 城关镇 | ${CODE} | 1,024 |
| 东山乡 | 2026051209300012345678901234567890123456789012345 | 856 |
`;

describe('a table with a cell wider than the slide', () => {
  it('breaks that column anywhere, letters and figures too, and keeps the other columns’ words and figures', () => {
    for (const aspect of ['16:9', '4:3']) {
      for (const html of [
        tableHtml(CODES, aspect),
        tableHtml(`1. 各单位的编码\n\n${CODES.replace(/^/gm, '   ')}`, aspect),
      ]) {
        const cells = cellsOf(html);
        const code = cells.find((cell) => cell.replaceAll('/', '') === CODE)!;
        expect(code.split('/').length, aspect).toBeGreaterThan(CODE.length / 2);
        expect(cells).toContain('1,024');
        expect(cells).toContain('城关镇');
      }
    }
  });

  it('draws a table inside a point as the deck’s table, its columns written in', () => {
    const html = tableHtml(`1. 各单位的编码\n\n${CODES.replace(/^/gm, '   ')}`, '16:9');
    expect(html).toMatch(
      /<li[^>]*>.*<div class="sd-table sd-point-table"><table class="sd-columns sd-paper-columns"><colgroup>/s,
    );
    expect(html).toMatch(/<td class="sd-number">1,024<\/td>/);
  });
});

describe('a table’s columns on a slide', () => {
  const SEVEN_RUNS = SEVEN.replace('源头化解见效', '网格员入户').replace('网格员全覆盖', '网格员入户');

  it('keep a column of lone characters in words, rather than break it anywhere', () => {
    // (a seven-column table at 4:3: one column must give way; its names' column, not the one of 网格员入户)
    const html = tableHtml(SEVEN_RUNS, '4:3');
    expect(html).toContain('<th>备注<wbr>说明</th>');
    expect(html.match(/<td>网<wbr>格<wbr>员<wbr>入<wbr>户<\/td>/g)).toHaveLength(2);
  });

  it('are written in as the estimate sets them, where its cells break, at the slide’s size and on paper', () => {
    for (const aspect of ['16:9', '4:3'] as const) {
      const plan = planDeck(parseOutline(`---\ntitle: 表\naspect: "${aspect}"\n---\n\n## 指标\n\n${SEVEN}`, 'talk.md'));
      const slide = plan.slides.find((s) => s.kind === 'content')!;
      if (slide.kind !== 'content') throw new Error('no content slide');
      const block = slide.blocks.find(isTable)!;
      const html = renderSlides(plan);
      const written = (name: string) =>
        [...html.matchAll(new RegExp(`${name}: ([\\d.]+)%`, 'g'))].map((m) => Number(m[1]) / 100);
      for (const [name, size] of [
        ['--sd-col', slide.typeSize],
        ['--sd-paper-col', slide.paperSize],
      ] as const) {
        const shares = tableShares(block, slide.layout, aspect, size);
        expect(shares, `${aspect} ${name}`).toBeDefined();
        expect(written(name)).toHaveLength(7);
        written(name).forEach((share, c) => expect(share).toBeCloseTo(shares![c]!, 4));
        expect(written(name).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
      }
      expect(html).toContain('<table class="sd-columns sd-paper-columns"><colgroup>');
    }
  });

  it('are the browser’s own where every cell is one line', () => {
    const html = tableHtml('| 指标 | 数值 |\n| --- | --- |\n| 受理 | 12 |\n', '16:9');
    expect(html).not.toContain('<colgroup>');
    expect(html).toContain('<table>');
  });

  it('are never narrower than their widest figure', () => {
    for (const aspect of ['16:9', '4:3'] as const) {
      const plan = planDeck(parseOutline(`---\ntitle: 表\naspect: "${aspect}"\n---\n\n## 指标\n\n${SEVEN}`, 'talk.md'));
      const slide = plan.slides.find((s) => s.kind === 'content')!;
      if (slide.kind !== 'content') throw new Error('no content slide');
      const block = slide.blocks.find(isTable)!;
      const inner = slideSize(aspect).width - 2 * FRAME.padX[aspect];
      const shares = tableShares(block, slide.layout, aspect, slide.typeSize)!;
      // (3.2个百分点 alone in its column, with the estimate's margin and the cell's padding)
      expect(shares[4]! * inner).toBeGreaterThanOrEqual((textEm('3.2个百分点') * SAFETY + 1.2) * slide.typeSize - 0.01);
    }
  });
});
