// A table's cells as Chromium draws them: lines break between words (备注 / 说明, never 备注说 / 明), never inside a
// figure with its unit (3.2个百分 / 点, 2023 / 年), and the table stays within the slide, in both aspects. Lines are
// read from where each character is drawn (drawn-lines.js, as the paper pages read them).
import { describe, expect, it } from 'vitest';
import { CELL_WORDS, phraseBreaks } from '../../src/deck/phrases.ts';
import { addLineReader } from '../../src/outputs/pdf/paper.ts';
import type { DrawnLinesReader } from '../support/drawn-lines.ts';
import { ASPECTS, drawnAtEachAspect } from '../support/drawn-decks.ts';

const outline = (aspect: string) => `---
title: 表格
aspect: "${aspect}"
---

## 六列的表

| 指标 | 2023年 | 2024年 | 2025年 | 增幅 | 备注说明 |
| --- | --- | --- | --- | --- | --- |
| 矛盾纠纷受理（件） | 12,486 | 11,302 | 9,875 | -12.6% | 源头化解见效 |
| 就地化解率 | 92.1% | 95.4% | 98.6% | 3.2个百分点 | 达到省定目标 |
| 网格员（名） | 3,120 | 3,560 | 3,872 | 8.8% | 专兼职合计 |

## 七列的表

| 乡镇 | 2022年 | 2023年 | 2024年 | 同比增长 | 群众满意度 | 备注说明 |
| --- | --- | --- | --- | --- | --- | --- |
| 城关镇 | 1,024 | 1,108 | 1,236 | 3.2个百分点 | 96.5% | 网格员全覆盖 |
| 东山乡 | 856 | 902 | 987 | 2.8个百分点 | 95.1% | 源头化解见效 |

## 窄列

| 序号 | 工作内容 | 完成情况 | 备注说明 |
| --- | --- | --- | --- |
| 1 | 源头化解见效明显，矛盾纠纷受理同比下降12.6% | 就地化解率提高3.2个百分点 | 2023年起连续三年下降 |
`;

/** A cell as drawn: its text, its lines, whether its column breaks between characters. */
interface Cell {
  text: string;
  lines: string[];
  characters: boolean;
}

interface Drawn {
  cells: Cell[];
  /** How far each table runs past its body's right edge, in px (negative: within it). */
  overrun: number[];
}

const drawn = drawnAtEachAspect('table-cells', outline, async ({ page }) => {
  await addLineReader(page);
  return page.evaluate(async (): Promise<Drawn> => {
    const style = document.createElement('style');
    style.textContent = '.reveal .slides section.sd-slide { display: block !important; transform: none !important; }';
    document.head.append(style);
    await document.fonts.ready;
    const read = (window as unknown as { speechdeckDrawnLines: DrawnLinesReader }).speechdeckDrawnLines;
    const cells = [...document.querySelectorAll<HTMLElement>('.sd-table th, .sd-table td')].map((element) => {
      const scale = element.getBoundingClientRect().width / element.offsetWidth || 1;
      return {
        text: element.textContent ?? '',
        lines: read(element, { scale }).lines.map((line) => line.drawn),
        characters: element.classList.contains('sd-cell-characters'),
      };
    });
    const overrun = [...document.querySelectorAll<HTMLElement>('.sd-table table')].map((table) => {
      const body = table.closest('.sd-body')!.getBoundingClientRect();
      return table.getBoundingClientRect().right - body.right;
    });
    return { cells, overrun };
  });
});

/** Figures with their units that no line may break inside. */
const FIGURE = /\d[\d,.]*(?:个百分点|年|%|万元)?/g;

describe.each(ASPECTS)('table cells at %s', (aspect) => {
  it('break no figure with its unit', () => {
    const { cells } = drawn.get(aspect)!;
    for (const cell of cells) {
      for (const match of cell.text.matchAll(FIGURE))
        expect(
          cell.lines.some((line) => line.includes(match[0])),
          `${match[0]} in ${cell.lines.join(' / ')}`,
        ).toBe(true);
    }
    expect(cells.some((cell) => cell.text === '3.2个百分点')).toBe(true);
  });

  it('break between words, and only a column too narrow for its words between characters', () => {
    const { cells } = drawn.get(aspect)!;
    const wrapped = cells.filter((cell) => cell.lines.length > 1);
    expect(wrapped.length).toBeGreaterThan(0);
    for (const cell of wrapped.filter((cell) => !cell.characters)) {
      const allowed = new Set(phraseBreaks(cell.text, CELL_WORDS));
      let at = 0;
      for (const line of cell.lines.slice(0, -1)) {
        at += line.length;
        expect(allowed.has(at), `${cell.lines.join(' / ')}`).toBe(true);
      }
    }
    // (at 16:9 every column keeps its words; 4:3's seven columns give way one at a time, not all)
    if (aspect === '16:9') expect(cells.filter((cell) => cell.characters)).toEqual([]);
    expect(cells.filter((cell) => !cell.characters).length).toBeGreaterThan(cells.length / 2);
  });

  it('stay within the slide', () => {
    for (const overrun of drawn.get(aspect)!.overrun) expect(overrun).toBeLessThanOrEqual(1);
  });
});
