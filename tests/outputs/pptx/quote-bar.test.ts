// A quote on a content slide has the deck's accent bar beside it in the PowerPoint (`.sd-quote-block`'s left border,
// 0.19em in the accent colour), in both themes and aspects: beside a quote under points, beside each part of a long
// quote continued over （续） slides, and on a `{.background}` slide's panel. Read from the slides' XML: the bar's
// place and size against the text beside it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentSlide } from '../../../src/deck/types.ts';
import { THEMES_DIR } from '../../../src/files/paths.ts';
import { loadDeck } from '../../../src/load/index.ts';
import { EMU_PER_PX } from '../../../src/outputs/pptx/drawingml.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import { readTheme } from '../../../src/outputs/pptx/index.ts';
import { png } from '../../support/pictures.ts';
import { elements, readPptx, shapesOf, slideNames, type ShapeXml } from '../../support/pptx.ts';

const LONG =
  '江山就是人民，人民就是江山。我们要始终坚持以人民为中心的发展思想，把人民对美好生活的向往作为奋斗目标；' +
  '要从群众最关心最直接最现实的利益问题入手，解决好群众的急难愁盼问题！年轻干部要提高群众工作能力，坚持从群众中来、到群众中去，' +
  '真正成为群众的贴心人。要深入基层、深入群众，问政于民、问需于民、问计于民，把群众的意见带回来、把党的政策落下去。' +
  '要坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在基层、化解在萌芽状态。要发展全过程人民民主，保证人民当家作主，' +
  '让人民群众有更多获得感、幸福感、安全感。全党同志要牢记初心使命，始终同人民想在一起、干在一起，风雨同舟、同甘共苦。' +
  '要锤炼过硬作风，力戒形式主义、官僚主义，以钉钉子精神抓好落实；要敢于担当、善于作为，在急难险重任务中经受考验。' +
  '要推进基层治理体系和治理能力现代化，件件有回音、事事有着落。这是中国特色社会主义制度的显著优势。';

const outline = (theme: string, aspect: string) => `---
title: 引文的竖线
speaker: 李某
theme: ${theme}
aspect: "${aspect}"
---

## 要点和引文

- 坚持以人民为中心的发展思想
- 把群众利益放在首位

> 年轻干部要提高群众工作能力。要坚持从群众中来、到群众中去。
> —— 习近平

## 长引文

> ${LONG}
> —— 习近平

## 只有要点

- 第一点
- 第二点

## 田间地头 {.background}

> 脚下沾有多少泥土，心中就沉淀多少真情。

![田间地头](photo.png)
`;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function boxOf(shape: ShapeXml): Box {
  const off = elements(shape.element, 'a:off')[0]!.attribs;
  const ext = elements(shape.element, 'a:ext')[0]!.attribs;
  return {
    x: Number(off.x) / EMU_PER_PX,
    y: Number(off.y) / EMU_PER_PX,
    w: Number(ext.cx) / EMU_PER_PX,
    h: Number(ext.cy) / EMU_PER_PX,
  };
}

/** The slide's filled shapes without text, upright and narrow, in `colour`. */
function bars(slideXml: string, colour: string): Box[] {
  return shapesOf(slideXml)
    .filter((shape) => !elements(shape.element, 'p:txBody').length)
    .filter((shape) => elements(shape.element, 'a:srgbClr')[0]?.attribs.val?.toUpperCase() === colour)
    .map(boxOf)
    .filter((box) => box.h > 2 * box.w);
}

/** The lines a text shape's paragraphs hold (each paragraph's, and one more at each written line break). */
const linesOf = (shape: ShapeXml, from = 0, to = shape.paragraphs.length) =>
  shape.paragraphs.slice(from, to).reduce((sum, p) => sum + 1 + p.runs.filter((run) => run.text === '\n').length, 0);

describe.each([
  ['red', '16:9'],
  ['red', '4:3'],
  ['light', '16:9'],
  ['light', '4:3'],
])('the accent bar beside a quote in theme %s at %s', (theme, aspect) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-quote-bar-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const accent = readTheme([readFileSync(path.join(THEMES_DIR, `${theme}.css`), 'utf8')]).accent.hex.toUpperCase();

  const build = async () => {
    writeFileSync(path.join(dir, 'photo.png'), png(1600, 1200));
    writeFileSync(path.join(dir, 'talk.md'), outline(theme, aspect));
    const deck = await loadDeck(path.join(dir, 'talk.md'));
    const file = await writePptxFile(deck, path.join(dir, 'dist', 'talk.pptx'));
    const pptx = await readPptx(readFileSync(file.path));
    const slides = slideNames(pptx.parts).map((name) => pptx.parts.get(name)!);
    const content = deck.plan.slides.filter((slide): slide is ContentSlide => slide.kind === 'content');
    return { slides, content };
  };

  it('stands beside each quote, as wide as the deck’s border, as tall as the quote’s lines and attribution', async () => {
    const { slides, content } = await build();
    const long = content.filter((slide) => slide.title.startsWith('长引文'));
    // the long quote is continued, and every part has its bar
    expect(long.length).toBeGreaterThan(1);
    for (const slide of content) {
      const xml = slides[slide.number - 1]!;
      const found = bars(xml, accent);
      const quotes = slide.blocks.filter((block) => block.kind === 'quote').length;
      expect(found, `slide ${slide.number} ${slide.title}`).toHaveLength(quotes);
      if (!quotes) continue;
      const [bar] = found as [Box];
      const size = slide.typeSize;
      expect(bar.w).toBeCloseTo(0.19 * size, 0);
      // the text beside it: the shape whose paragraphs hold the quote's first words
      const quote = slide.blocks.find((block) => block.kind === 'quote')!;
      const text = shapesOf(xml).find((shape) =>
        shape.paragraphs.some((p) => p.text.replace(/\n/g, '').startsWith(quote.text.slice(0, 6))),
      )!;
      const box = boxOf(text);
      const first = text.paragraphs.findIndex((p) => p.text.replace(/\n/g, '').startsWith(quote.text.slice(0, 6)));
      const attributed = text.paragraphs.at(-1)!.text.startsWith('——');
      const quoteLines = linesOf(text, first, attributed ? -1 : undefined);
      // on the text's left edge (a panel's padding in), inside its box
      expect(bar.x).toBeCloseTo(box.x, 0);
      expect(bar.y).toBeGreaterThanOrEqual(box.y - 1);
      expect(bar.y + bar.h).toBeLessThanOrEqual(box.y + box.h + 1);
      // as tall as the quote's lines 1.6 apart, and its attribution under them (a line and the room above it)
      const lines = quoteLines * 1.6 * size;
      expect(bar.h).toBeGreaterThanOrEqual(lines - 1);
      expect(bar.h).toBeLessThanOrEqual(lines + (attributed ? 2 * size : 0) + 0.4 * size * quoteLines);
      // the text is centred in its box: above the bar stand the points' lines, if any, and as much room as under it
      const under = box.y + box.h - (bar.y + bar.h);
      const above = bar.y - box.y - under;
      const pointLines = linesOf(text, 0, first);
      // (the bar reaching through the attribution's line, 0.6 of its size below its words, as the deck's border does)
      const reach = attributed ? 0.6 * Math.max(0.88 * size, 40) : 0;
      if (first === 0) expect(Math.abs(above - reach)).toBeLessThan(2);
      else expect(above).toBeGreaterThanOrEqual(pointLines * 1.45 * size);
    }
  });
});
