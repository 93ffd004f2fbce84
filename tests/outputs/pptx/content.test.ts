// What an outline's Markdown becomes in the PowerPoint: bold runs in the accent colour, a point of two paragraphs still
// one paragraph, numbered lists, images placed inside the body, native tables, notes in paragraphs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/load/index.ts';
import { THEMES_DIR } from '../../../src/files/paths.ts';
import { writePptxFile, type PptxFile } from '../../../src/outputs/pptx/file.ts';
import { readTheme } from '../../../src/outputs/pptx/index.ts';
import { elements, paragraphOf, readPptx, shapesOf, slideNames, xml, type PptxPackage } from '../../support/pptx.ts';
import { png } from '../../support/pictures.ts';

const OUTLINE = `---
title: 测试演示
speaker: 李某
event: 交流会
theme: red
---

# 第一部分

## 加粗与两段

- 牢记**国之大者**，增强政治判断力
- 第一段文字

  第二段文字
  - 子要点

1. 甲
2. 乙

::: notes
第一段备注。

第二段备注。
:::

## 图片与表格

- 说明文字

![示意图](chart.png)

| 项目 | 数量 |
| --- | ---: |
| 走访 | 128 |
| 座谈 | 36 |

## 矢量图

![一张矢量图](figure.svg)

## 一段里两张图

![左图](chart.png) ![右图](tall.png)

## 要点里的图

- 第一点 ![点图](chart.png)
- 第二点

## 句中的图

这是一句话，![句中图](tall.png)后面还有字。

## 图下的句中图

![主图](chart.png)

下面一句，![句中小图](tall.png)在句中。

## 背景上的点图 {.background}

- 第一点 ![背景点图](tall.png)

![背景](chart.png)

## 要点里的表

1. 各乡镇情况如下

   | 乡镇 | 受理（件） |
   | --- | --- |
   | 西湖街道 | 1,310 |
   | 东山乡 | 856 |

   表后的话
2. 后面的要点
`;

describe('an outline’s Markdown in the PowerPoint', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pptx-'));
  let file: PptxFile;
  let pptx: PptxPackage;
  let slides: string[];
  const accent = readTheme([readFileSync(path.join(THEMES_DIR, 'red.css'), 'utf8')]).accent.hex;

  beforeAll(async () => {
    writeFileSync(path.join(dir, 'talk.md'), OUTLINE);
    writeFileSync(path.join(dir, 'chart.png'), png(1600, 1200));
    writeFileSync(path.join(dir, 'tall.png'), png(300, 900));
    writeFileSync(path.join(dir, 'figure.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const deck = await loadDeck(path.join(dir, 'talk.md'));
    file = await writePptxFile(deck, path.join(dir, 'dist', 'talk.pptx'));
    pptx = await readPptx(readFileSync(file.path));
    slides = slideNames(pptx.parts).map((name) => pptx.parts.get(name)!);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const body = (slide: number) => shapesOf(slides[slide - 1]!).find((shape) => shape.placeholder === 'body')!;

  it('makes **bold** a bold run in the theme’s accent colour', () => {
    const runs = body(3).paragraphs[0]!.runs;
    expect(runs.map((run) => run.text)).toEqual(['牢记', '国之大者', '，增强政治判断力']);
    expect(runs[1]).toMatchObject({ bold: true, colour: accent, eastAsian: '微软雅黑' });
    expect(runs[0]).toMatchObject({ bold: false });
  });

  it('keeps a point of two paragraphs one paragraph (a line break inside), its sub-point a level down', () => {
    const paragraphs = body(3).paragraphs;
    expect(paragraphs.map((p) => [p.text, p.level])).toEqual([
      ['牢记国之大者，增强政治判断力', 0],
      ['第一段文字\n第二段文字', 0],
      ['子要点', 1],
      ['（一）甲', 0],
      ['（二）乙', 0],
    ]);
    // With `numbering: chinese` (the default) an ordered point's number is text, as on the deck's slide.
    expect(paragraphs.map((p) => p.bullet)).toEqual(['char', 'char', 'char', 'none', 'none']);
  });

  it('sets sub-points close under their point, the point’s gap after the last of them', () => {
    const after = elements(body(3).element, 'a:p').map((p) => {
      const spacing = elements(p, 'a:spcAft')[0];
      return spacing ? Number(elements(spacing, 'a:spcPts')[0]!.attribs.val) : 0;
    });
    const [first, parent, sub] = after;
    // above the sub-point: as little room as between two sub-points; below it: a point's gap
    expect(parent).toBeLessThan(first! / 4);
    expect(sub).toBe(first);
  });

  it('puts the notes on the notes page, a paragraph each', () => {
    const notes = shapesOf(pptx.parts.get('ppt/notesSlides/notesSlide3.xml')!).find(
      (shape) => shape.placeholder === 'body',
    )!;
    expect(notes.paragraphs.map((p) => p.text)).toEqual(['第一段备注。', '第二段备注。']);
  });

  it('places an image inside the body, scaled down to fit, and a native table with its alignment', () => {
    const slide = slides[3]!;
    const emu = 914400 / 144;
    const [picture] = elements(xml(slide), 'p:pic');
    expect(picture).toBeDefined();
    const [off] = elements(picture!, 'a:off');
    const [ext] = elements(picture!, 'a:ext');
    const [x, y, w, h] = [off!.attribs.x, off!.attribs.y, ext!.attribs.cx, ext!.attribs.cy].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    expect(w / h).toBeCloseTo(1600 / 1200, 2);
    expect(x).toBeGreaterThanOrEqual(116 * emu - 1);
    expect(x + w).toBeLessThanOrEqual((1920 - 116) * emu + 1);
    expect(y + h).toBeLessThanOrEqual((1080 - 64) * emu);
    expect(w).toBeLessThan(1600 * emu);

    const [table] = elements(xml(slide), 'a:tbl');
    const rows = elements(table!, 'a:tr').map((row) =>
      elements(row, 'a:tc').map((cell) => paragraphOf(elements(cell, 'a:p')[0]!)),
    );
    expect(rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['项目', '数量'],
      ['走访', '128'],
      ['座谈', '36'],
    ]);
    expect(rows[0]!.every((cell) => cell.runs.every((run) => run.bold))).toBe(true);
    expect(rows.map((row) => row[1]!.align)).toEqual(['r', 'r', 'r']);
    expect(
      rows
        .flat()
        .flatMap((cell) => cell.runs)
        .every((run) => run.eastAsian && run.lang === 'zh-CN'),
    ).toBe(true);
  });

  it('draws a table inside a point as a native table, between the point’s words, within the point’s band', () => {
    const slide = slides.find((xmlText) => xmlText.includes('各乡镇情况如下'))!;
    const [table] = elements(xml(slide), 'a:tbl');
    expect(table).toBeDefined();
    const rows = elements(table!, 'a:tr').map((row) =>
      elements(row, 'a:tc').map((cell) => paragraphOf(elements(cell, 'a:p')[0]!)),
    );
    expect(rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['乡镇', '受理（件）'],
      ['西湖街道', '1,310'],
      ['东山乡', '856'],
    ]);
    expect(rows.slice(1).map((row) => row[1]!.align)).toEqual(['r', 'r']);
    // (the point's words are text, and the table's cells are not among them)
    const texts = shapesOf(slide).flatMap((shape) => shape.paragraphs.map((p) => p.text));
    expect(texts.join('|')).not.toContain('西湖街道');
    expect(texts.some((text) => text.includes('各乡镇情况如下'))).toBe(true);
    expect(texts.some((text) => text.includes('表后的话'))).toBe(true);
    // (standing in by the band's padding, as in the deck)
    const [frame] = elements(xml(slide), 'p:graphicFrame');
    const [off] = elements(frame!, 'a:off');
    const emu = 914400 / 144;
    expect(Number(off!.attribs.x)).toBeGreaterThan((116 + 60) * emu);
  });

  it('shows an image a PowerPoint cannot hold as its description, and says so', () => {
    expect(file.warnings).toEqual([expect.stringContaining('figure.svg')]);
    const texts = shapesOf(slides[4]!).flatMap((shape) => shape.paragraphs.map((p) => p.text));
    expect(texts.some((text) => text.includes('一张矢量图'))).toBe(true);
    expect(elements(xml(slides[4]!), 'p:pic')).toHaveLength(0);
  });

  it('draws pictures that stand inside text (two in a paragraph, one in a point or a sentence) under that text', () => {
    const emu = 914400 / 144;
    const frame = (picture: ReturnType<typeof elements>[number]) => {
      const [off] = elements(picture, 'a:off');
      const [ext] = elements(picture, 'a:ext');
      const [x, y, w, h] = [off!.attribs.x, off!.attribs.y, ext!.attribs.cx, ext!.attribs.cy].map(Number);
      return { x: x! / emu, y: y! / emu, w: w! / emu, h: h! / emu };
    };
    const inBody = (f: { x: number; y: number; w: number; h: number }) => {
      expect(f.x).toBeGreaterThanOrEqual(116 - 1);
      expect(f.x + f.w).toBeLessThanOrEqual(1920 - 116 + 1);
      expect(f.y + f.h).toBeLessThanOrEqual(1080 - 64);
    };
    const [left, right] = elements(xml(slides[5]!), 'p:pic').map(frame);
    expect(right).toBeDefined();
    inBody(left!);
    inBody(right!);
    expect(left!.x + left!.w).toBeLessThan(right!.x);
    expect(left!.w / left!.h).toBeCloseTo(1600 / 1200, 2);
    for (const [slide, text] of [
      [6, '第一点'],
      [7, '后面还有字。'],
    ] as const) {
      const pictures = elements(xml(slides[slide]!), 'p:pic').map(frame);
      expect(pictures).toHaveLength(1);
      inBody(pictures[0]!);
      expect(shapesOf(slides[slide]!).some((shape) => shape.paragraphs.some((p) => p.text.includes(text)))).toBe(true);
    }
    expect(file.warnings).toHaveLength(1);
  });

  it('draws them beside a slide’s own picture too: under the text of an image slide, on a background’s panel', () => {
    const names = (slide: string) => elements(xml(slide), 'p:cNvPr').map((e) => e.attribs.descr ?? '');
    const picturesOf = (slide: string) => elements(xml(slide), 'p:pic').length;
    const titled = (title: string) =>
      slides.find((slide) => shapesOf(slide).some((shape) => shape.paragraphs.some((p) => p.text === title)))!;
    const [image, background] = [titled('图下的句中图'), titled('背景上的点图')];
    expect(picturesOf(image)).toBe(2);
    expect(names(image)).toEqual(expect.arrayContaining(['主图', '句中小图']));
    expect(picturesOf(background)).toBe(2);
    expect(names(background)).toEqual(expect.arrayContaining(['背景', '背景点图']));
  });
});
