// The fit decision in the slide plan: a slide that does not fit is set smaller down to the floor, then continued on
// （续） slides with its points shared out in order, never clipped; every output reads the same plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck, renderSlides } from '../../src/deck/index.ts';
import type { ContentSlide, DeckPlan } from '../../src/deck/index.ts';
import {
  FLOOR_SIZE,
  REGULAR_SIZE,
  contentHeight,
  contentLayout,
  fitsAt,
  isCards,
  paperTypeSize,
  stageRoom,
  typeSize,
} from '../../src/deck/layout.ts';

const plan = (front: string, body: string): DeckPlan =>
  planDeck(parseOutline(`---\ntitle: 小样\n${front}---\n\n${body}`, 'talk.md'));
const contents = (deck: DeckPlan) => deck.slides.filter((s): s is ContentSlide => s.kind === 'content');
const points = (count: number, text = '总结推广基层的创新创造，带动更大范围的改革和发展，推动基层治理') =>
  Array.from({ length: count }, (_, i) => `第${i + 1}条${text}`);
const list = (items: string[], marker = '-') => items.map((item) => `${marker} ${item}`).join('\n');

describe('the fit decision', () => {
  it('keeps a slide that fits as it is', () => {
    const slides = contents(plan('', `## 三条\n\n${list(points(3))}\n`));
    expect(slides).toHaveLength(1);
    expect(slides[0]!.fit).toBe('fits');
    expect(slides[0]!.typeSize).toBeGreaterThanOrEqual(REGULAR_SIZE);
  });

  it('sets a slide a little too full smaller, down to the floor and no further', () => {
    // the most points that still fit at the floor, in each aspect: there is one count that needs the smaller type
    for (const aspect of ['16:9', '4:3']) {
      const decisions = [4, 5, 6, 7, 8].map((n) =>
        contents(plan(`aspect: "${aspect}"\n`, `## 要点\n\n${list(points(n, '坚持以人民为中心的发展思想'))}\n`)),
      );
      for (const slides of decisions)
        for (const slide of slides) expect(slide.typeSize).toBeGreaterThanOrEqual(FLOOR_SIZE);
      const smaller = decisions.find((slides) => slides.length === 1 && slides[0]!.fit === 'smaller');
      const continued = decisions.find((slides) => slides.length > 1);
      expect(smaller ?? continued, aspect).toBeDefined();
      if (smaller) expect(smaller[0]!.typeSize).toBeLessThan(REGULAR_SIZE);
    }
  });

  it('continues a slide that does not fit even at the floor: every point once, in order, the notes on the first', () => {
    const written = points(12);
    const deck = plan(
      'aspect: "4:3"\nnumbering: arabic\n',
      `## 十二条\n\n${list(written, '1.')}\n\n::: notes\n讲稿\n:::\n`,
    );
    const slides = contents(deck);
    expect(slides.length).toBeGreaterThan(1);
    expect(
      slides.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'points' ? b.points.map((p) => p.text) : []))),
    ).toEqual(written);
    expect(slides.map((s) => s.title)).toEqual(['十二条', ...slides.slice(1).map(() => '十二条（续）')]);
    expect(slides.every((s) => s.fit === 'continued')).toBe(true);
    expect(slides[0]!.notes?.text).toBe('讲稿');
    expect(slides.slice(1).every((s) => !s.notes && s.seconds === 0)).toBe(true);
    // shared out evenly: no page of one point after a full one
    const counts = slides.map((s) => s.blocks.flatMap((b) => (b.kind === 'points' ? b.points : [])).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    // numbered on across the slides, each continuation at the outline's line of its first point
    const html = renderSlides(deck);
    for (let n = 1; n <= 12; n++) expect(html).toContain(`<span class="sd-marker">${n}</span>`);
    expect(slides[1]!.line).toBe(slides[1]!.blocks[0]!.kind === 'points' ? slides[1]!.blocks[0]!.points[0]!.line : -1);
    // each slide fits at its own size by the estimate
    for (const slide of slides) {
      const stage = {
        blocks: slide.blocks,
        layout: slide.layout,
        titleHtml: slide.titleHtml,
        aspect: '4:3' as const,
        continued: slide.continued,
      };
      expect(contentHeight(stage, slide.typeSize)).toBeLessThanOrEqual(stageRoom(stage));
    }
  });

  it('keeps a picture beside the first slide’s points, and sub-points with their point', () => {
    const body = `## 图与要点\n\n![现场](a.png)\n\n${points(9)
      .map((p) => `- ${p}\n  - 子项：${p.slice(0, 10)}`)
      .join('\n')}\n`;
    const slides = contents(plan('', body));
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[0]!.layout).toBe('media');
    expect(slides.slice(1).every((s) => s.layout === 'points')).toBe(true);
    for (const slide of slides)
      for (const block of slide.blocks)
        if (block.kind === 'points') for (const p of block.points) expect(p.points).toHaveLength(1);
  });

  it('continues a table too long for a slide on （续） slides, its header row on each, every row once and in order', () => {
    for (const aspect of ['16:9', '4:3']) {
      const rows = Array.from(
        { length: 40 },
        (_, i) => `| ${i + 1} | 某某社区的民生实事项目第${i + 1}项 | ${(i + 1) * 37} |`,
      );
      const deck = plan(
        `aspect: "${aspect}"\n`,
        `## 长表\n\n| 序号 | 项目 | 金额（万元） |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
      );
      const slides = contents(deck);
      expect(slides.length).toBeGreaterThan(2);
      expect(slides.every((slide) => slide.fit === 'continued')).toBe(true);
      expect(slides.slice(1).every((slide) => slide.continued && slide.title === '长表（续）')).toBe(true);
      const tables = slides.map((slide) => {
        expect(slide.blocks).toHaveLength(1);
        const block = slide.blocks[0]!;
        if (block.kind !== 'markdown' || block.blocks[0]?.kind !== 'table') throw new Error('not a table');
        return { block, table: block.blocks[0] };
      });
      const cell = (row: { inlines: { kind: string; text?: string }[] }[], i: number) => row[i]!.inlines[0]!.text;
      for (const { table } of tables) expect(cell(table.head, 2)).toBe('金额（万元）');
      expect(tables.flatMap(({ table }) => table.rows.map((row) => cell(row, 0)))).toEqual(
        rows.map((_, i) => String(i + 1)),
      );
      // each slide starts at its first row's line (the header row is line 8, row n line 9 + n), and its text holds
      // its own rows under the header
      expect(tables[1]!.block.line).toBe(9 + tables[0]!.table.rows.length + 1);
      expect(tables[1]!.block.text.split('\n')[0]).toBe('序号\t项目\t金额（万元）');
      // the shares are even: no slide of one row after full ones
      const counts = tables.map(({ table }) => table.rows.length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      // the column of numbers is set right-aligned on every slide
      const html = renderSlides(deck);
      expect(html.match(/<td class="sd-number">/g)?.length).toBe(80);
    }
  });

  it('says when one block alone is taller than a slide', () => {
    const long = '某某社区的民生实事项目'.repeat(120);
    const slides = contents(plan('', `## 长段\n\n${long}\n`));
    expect(slides).toHaveLength(1);
    expect(slides[0]!.fit).toBe('too-long');
  });
});

describe("the estimate and the outline's own set phrases", () => {
  const FILL = '我们坚持从群众中来到群众中去的工作方法把群众的呼声当作第一信号始终把群众利益放在首位用心用情做好工作';
  const KEEP = '四个三工作法和红色物业管理服务模式';
  const point = `${FILL.slice(0, 22)}推行${KEEP}${FILL.slice(0, 30)}`;

  it('counts a `keep:` phrase as one piece, moved whole to the next line, as the slide breaks it', () => {
    const outline = parseOutline(`---\ntitle: 题目\n---\n\n## 一页\n\n- ${point}\n`, 'slides/talk.md');
    const blocks = outline.opening[0]!.pages[0]!.blocks;
    const stage = { blocks, layout: 'points' as const, titleHtml: '一页', aspect: '16:9' as const };
    // the phrase would stand across a line's end: kept whole, it takes the point onto one more line
    expect(contentHeight({ ...stage, keep: [KEEP] }, REGULAR_SIZE)).toBeGreaterThan(contentHeight(stage, REGULAR_SIZE));
  });
});

describe('the type sizes, asked again', () => {
  // Pieces of real speech, a bold lead now and then (cards), sub-points, long and short: the sizes' answers turn on
  // how many lines each takes.
  const PHRASES = [
    '坚持以人民为中心的发展思想',
    '把群众的呼声当作第一信号',
    '建立健全直接联系群众常态化机制',
    '解民忧、纾民困、暖民心',
    '总结推广基层的创新创造，带动更大范围的改革和发展，推动基层治理',
    '以习近平新时代中国特色社会主义思想为指导',
    '办好民生实事',
    '2025 年新建 12 个服务站',
  ];
  const pointText = fc
    .tuple(fc.constantFrom(...PHRASES), fc.constantFrom(...PHRASES), fc.integer({ min: 1, max: 3 }))
    .map(([a, b, n]) => (n === 1 ? a : n === 2 ? `${a}，${b}` : `${a}${b}${a}`));
  const point = fc
    .tuple(fc.boolean(), pointText, fc.array(pointText, { maxLength: 2 }))
    .map(
      ([lead, text, subs]) =>
        `- ${lead ? `**${text.slice(0, 4)}**：` : ''}${text}${subs.map((sub) => `\n  - ${sub}`).join('')}`,
    );
  const body = fc.record({
    points: fc.array(point, { minLength: 1, maxLength: 9 }),
    title: fc.constantFrom('一页', '坚持以人民为中心的发展思想，建立健全直接联系群众常态化机制'),
    aspect: fc.constantFrom('16:9' as const, '4:3' as const),
    continued: fc.boolean(),
  });

  it('gives the paper size of the largest paper type that fits, never below the projector’s, as trying every size did', () => {
    fc.assert(
      fc.property(body, ({ points, title, aspect, continued }) => {
        const outline = parseOutline(`---\ntitle: 题目\n---\n\n## ${title}\n\n${points.join('\n')}\n`, 'talk.md');
        const blocks = outline.opening[0]!.pages[0]!.blocks;
        const stage = { blocks, layout: contentLayout(blocks, { classes: [], data: {} }), titleHtml: title, aspect };
        const at = { ...stage, continued };
        const projected = typeSize(at);
        const paper = { ...at, paper: true };
        // what paperTypeSize was: the first of all the paper sizes that fits (cards: at most the widest `largest`
        // allows, which is what a projector size of 0 finds), the projector's where that is smaller
        const cards = blocks.some(isCards);
        const found = cards
          ? paperTypeSize(at, 0) || undefined
          : [56, 54, 52, 50, 48, 46, 44, 42].find((s) => fitsAt({ ...paper }, s));
        expect(paperTypeSize(at, projected)).toBe(Math.max(projected, found ?? projected));
        // and a stage asked at sizes in any order answers as a new one does
        for (const s of [40, 56, 42, 48, 40, 52]) {
          expect(contentHeight(at, s)).toBe(contentHeight({ ...at }, s));
          expect(contentHeight(paper, s)).toBe(contentHeight({ ...paper }, s));
        }
        expect(stageRoom(paper)).toBe(stageRoom({ ...paper }));
        expect(stageRoom(at)).toBe(stageRoom({ ...at }));
      }),
      { numRuns: 150 },
    );
  });
});
