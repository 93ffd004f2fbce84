// The PowerPoint's table has the deck's columns, as the deck writes them (`<col>`, deck/layout.ts `tableShares`), and
// each line the deck breaks a cell into fits its column in the reader's wider faces, so that the reader shows the
// deck's lines: the type set smaller, and beyond 15 % the padding beside the text narrower, rather than a written
// line broken again. Before, it gave each column its widest line in the reader's faces (other widths than the
// deck's), and past 15 % took the deck's columns with lines that might not fit them.
import { describe, expect, it } from 'vitest';
import { planDeck } from '../../../src/deck/index.ts';
import { FRAME, isTable, tableCellRules, tableShares } from '../../../src/deck/layout.ts';
import { slideSize } from '../../../src/deck/size.ts';
import { parseOutline } from '../../../src/outline/index.ts';
import { readerWidthEm } from '../../../src/outputs/pptx/measure.ts';
import { blocksOf, plainText, type TableRow } from '../../../src/outputs/pptx/rich-text.ts';
import { tableLayout } from '../../../src/outputs/pptx/slides/table.ts';

const SEVEN = `| 乡镇 | 2022年 | 2023年 | 2024年 | 同比增长 | 群众满意度 | 备注说明 |
| --- | --- | --- | --- | --- | --- | --- |
| 城关镇 | 1,024 | 1,108 | 1,236 | 3.2个百分点 | 96.5% | 网格员全覆盖 |
| 东山乡 | 856 | 902 | 987 | 2.8个百分点 | 95.1% | 源头化解见效 |
| 西湖街道 | 1,310 | 1,402 | 1,520 | 4.1个百分点 | 97.2% | 网格员入户 |
`;

const LONG = `| 项目 | 说明 | 金额 |
| --- | --- | --- |
| 网格化管理平台建设 | 覆盖全县十二个乡镇、一百八十六个行政村和社区，实现矛盾纠纷线上受理、线下化解 | 1,250万元 |
| 调解员培训 | 每年两期 | 86万元 |
`;

/** A wide table with long figures: at 4:3 the reader's faces need more than 15 % smaller type in the deck's columns. */
const FIGURES = `| 指标 | 2021年 | 2022年 | 2023年 | 2024年 | 2025年 | 增幅 |
| --- | --- | --- | --- | --- | --- | --- |
| 受理（件） | 12,486,000 | 11,302,000 | 9,875,000 | 9,120,000 | 8,765,000 | -12.6% |
| 化解率 | 92.1% | 95.4% | 98.6% | 98.9% | 99.1% | 3.2个百分点 |
`;

describe.each([
  ['seven columns', SEVEN],
  ['a long column', LONG],
  ['long figures', FIGURES],
])('a table of %s in the PowerPoint', (_, table) => {
  it.each(['16:9', '4:3'] as const)(
    'has the deck’s columns at %s, and each of the deck’s lines fits its column',
    (aspect) => {
      const plan = planDeck(parseOutline(`---\ntitle: 表\naspect: "${aspect}"\n---\n\n## 指标\n\n${table}`, 'talk.md'));
      const slide = plan.slides.find((s) => s.kind === 'content')!;
      if (slide.kind !== 'content') throw new Error('no content slide');
      const block = slide.blocks.find(isTable)!;
      const rich = blocksOf(block.kind === 'markdown' ? block.blocks : []).find((b) => b.kind === 'table');
      if (rich?.kind !== 'table') throw new Error('no table');
      const rows: TableRow[] = rich.rows;
      const width = slideSize(aspect).width - 2 * FRAME.padX[aspect];
      const deck = (at: number) => ({
        shares: tableShares(block, slide.layout, aspect, at),
        rules: tableCellRules(block, slide.layout, aspect),
      });
      const shares = deck(slide.typeSize).shares;
      const { columns, size, breaks, pads } = tableLayout(rows, width, slide.typeSize, deck);
      if (!shares) {
        expect(breaks).toBeUndefined();
        return;
      }
      columns.forEach((w, c) => expect(w / width, `column ${c + 1}`).toBeCloseTo(shares[c]!, 6));
      expect(breaks).toBeDefined();
      rows.forEach((row, r) =>
        columns.forEach((w, c) => {
          const chars = [...plainText([{ kind: 'paragraph', inlines: row.cells[c]?.inlines ?? [] }])];
          const at = breaks![r]![c]!;
          const lines = [0, ...at].map((from, i) => chars.slice(from, at[i] ?? chars.length).join(''));
          const pad = pads?.[c] ?? 0.6 * size;
          for (const line of lines)
            expect(readerWidthEm(line) * size + 2 * pad, `${line} at ${size.toFixed(1)} px`).toBeLessThanOrEqual(
              w + 0.01,
            );
        }),
      );
    },
  );
});
