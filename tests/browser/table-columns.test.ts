// A table's columns as Chromium draws them are the estimate's: every cell of tables of three to seven columns (a long
// column beside short ones among them), in both aspects and both themes, breaks into the lines the estimate plans at
// the slide's type size in its columns (layout.ts's tableShares, measure.ts's wraps), no more and no fewer. Chromium's
// automatic layout gave a column other widths than the estimate's: 社区，实现矛盾纠纷线上 / 受理 where the estimate
// planned 社区，实现矛盾纠纷 / 线上受理, and a character column broke 城关 / 镇 where none was planned.
import { describe, expect, it } from 'vitest';
import { planDeck } from '../../src/deck/index.ts';
import { FRAME, isTable, tableCellRules, tableShares } from '../../src/deck/layout.ts';
import { wraps } from '../../src/deck/measure.ts';
import { slideSize } from '../../src/deck/size.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { addLineReader } from '../../src/outputs/pdf/paper.ts';
import type { DrawnLinesReader } from '../support/drawn-lines.ts';
import { ASPECTS, type Aspect, drawnAtEachAspect } from '../support/drawn-decks.ts';

const THEMES = ['red', 'light'] as const;

const outline = (aspect: string, theme: string) => `---
title: 表格
aspect: "${aspect}"
theme: ${theme}
---

## 三列的表

| 序号 | 工作内容 | 完成情况 |
| --- | --- | --- |
| 1 | 坚持源头化解，矛盾纠纷受理同比下降12.6%，群众满意度持续提升 | 就地化解率提高3.2个百分点，达到省定目标 |
| 2 | 网格员入户走访全覆盖，专兼职调解员队伍不断壮大 | 2023年起连续三年下降 |

## 四列的表

| 序号 | 工作内容 | 完成情况 | 备注说明 |
| --- | --- | --- | --- |
| 1 | 源头化解见效明显，矛盾纠纷受理同比下降12.6% | 就地化解率提高3.2个百分点 | 2023年起连续三年下降 |

## 五列的表

| 乡镇 | 受理（件） | 化解率 | 主要做法 | 备注说明 |
| --- | --- | --- | --- | --- |
| 城关镇 | 1,024 | 96.5% | 网格员入户走访，矛盾纠纷就地化解 | 源头化解见效 |
| 东山乡 | 856 | 95.1% | 专兼职调解员队伍下沉一线 | 达到省定目标 |

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
| 西湖街道 | 1,310 | 1,402 | 1,520 | 4.1个百分点 | 97.2% | 网格员入户 |
## 密表

| 指标 | 2023年 | 2024年 | 2025年 | 增幅 | 备注说明 |
| --- | --- | --- | --- | --- | --- |
| 矛盾纠纷受理（件） | 12,486 | 11,302 | 9,875 | -12.6% | 源头化解见效 |
| 就地化解率 | 92.1% | 95.4% | 98.6% | 3.2个百分点 | 达到省定目标 |
| 信访总量（批次） | 1,204 | 986 | 742 | -24.7% | 连续三年下降 |
| 网格员（名） | 3,120 | 3,560 | 3,872 | 8.8% | 专兼职合计 |

## 长短列

| 项目 | 说明 | 金额 |
| --- | --- | --- |
| 网格化管理平台建设 | 覆盖全县十二个乡镇、一百八十六个行政村和社区，实现矛盾纠纷线上受理、线下化解 | 1,250万元 |
| 调解员培训 | 每年两期 | 86万元 |
`;

/** A cell as drawn: the slide's title, its column, its text and where Chromium starts each line but the first. */
interface DrawnCell {
  slide: string;
  column: number;
  text: string;
  breaks: number[];
}

/** Each aspect's cells, in each theme. */
const drawn = new Map(
  THEMES.map((theme) => [
    theme,
    drawnAtEachAspect(
      `table-columns-${theme}`,
      (aspect) => outline(aspect, theme),
      async ({ page }) => {
        await addLineReader(page);
        return page.evaluate(async (): Promise<DrawnCell[]> => {
          const style = document.createElement('style');
          style.textContent =
            '.reveal .slides section.sd-slide { display: block !important; transform: none !important; }';
          document.head.append(style);
          await document.fonts.ready;
          const read = (window as unknown as { speechdeckDrawnLines: DrawnLinesReader }).speechdeckDrawnLines;
          return [...document.querySelectorAll<HTMLElement>('.sd-table tr')].flatMap((row) =>
            [...row.querySelectorAll<HTMLElement>('th, td')].map((element, column) => {
              const scale = element.getBoundingClientRect().width / element.offsetWidth || 1;
              const lines = read(element, { scale });
              return {
                slide: element.closest('section')!.dataset.title ?? '',
                column,
                text: lines.text,
                breaks: lines.lines.slice(1).map((line) => line.start),
              };
            }),
          );
        });
      },
    ),
  ]),
);

/** How much wider, in em, the estimate reckons a figure or Latin letter than the regular face draws it (0.59 and
 *  0.556 for a digit). */
const LATIN_OVER = 0.035;

/** Where the estimate breaks each cell of each table slide: its columns at the slide's type size, its cells' rules,
 *  lines as wide as the face sets them (where Chromium wraps). By slide title, then column, then text. */
function planned(aspect: Aspect, theme: string): Map<string, (column: number, text: string) => number[][]> {
  const plan = planDeck(parseOutline(outline(aspect, theme), 'talk.md'));
  const inner = slideSize(aspect).width - 2 * FRAME.padX[aspect];
  const out = new Map<string, (column: number, text: string) => number[][]>();
  for (const slide of plan.slides) {
    if (slide.kind !== 'content') continue;
    const block = slide.blocks.find(isTable);
    if (!block) continue;
    const size = slide.typeSize;
    const shares = tableShares(block, slide.layout, aspect, size, plan.meta.keep);
    const rules = tableCellRules(block, slide.layout, aspect, plan.meta.keep);
    out.set(slide.title, (column, text) => {
      if (!shares) return [[]];
      const room = shares[column]! * inner - 1.2 * size;
      const at = (width: number) =>
        wraps(text, size, width, { rules: rules[column]!, exact: true }).map((wrap) => wrap.at);
      // (the estimate's figures and Latin letters are the wider of the face's regular and bold, rounded up: a line
      // of them may hold up to LATIN_OVER more in Chromium, and break later)
      const latin = [...text].filter((character) => character < '\u007f').length;
      return [at(room), at(room + latin * LATIN_OVER * size)];
    });
  }
  return out;
}

describe.each(THEMES)('a table’s columns in %s', (theme) => {
  it.each(ASPECTS)('break each cell where the estimate plans at %s', (aspect) => {
    const cells = drawn.get(theme)!.get(aspect)!;
    const estimate = planned(aspect, theme);
    expect(new Set(cells.map((cell) => cell.slide)).size).toBe(7);
    let wrapped = 0;
    for (const cell of cells) {
      const breaks = estimate.get(cell.slide)?.(cell.column, cell.text);
      expect(breaks, cell.slide).toBeDefined();
      const cut = (at: number[]) => [0, ...at].map((from, i) => cell.text.slice(from, at[i])).join(' / ');
      expect(breaks!.map(cut), `${cell.slide}, column ${cell.column + 1}`).toContain(cut(cell.breaks));
      if (cell.breaks.length) wrapped++;
    }
    // (the tables do break cells: the check is not empty)
    expect(wrapped).toBeGreaterThan(4);
  });
});
