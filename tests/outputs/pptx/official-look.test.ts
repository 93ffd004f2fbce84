// The look of official material in the PowerPoint, as the deck has it: the unit's logo small at the top left of every
// slide with a title at the top (`logoOnEverySlide: true`), and each divider's part number large in gold above its
// caption. Read from the slides' XML: where each picture stands and what each text box says.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckPlan } from '../../../src/deck/types.ts';
import { THEMES_DIR } from '../../../src/files/paths.ts';
import { loadDeck } from '../../../src/load/index.ts';
import { EMU_PER_PX, PT_PER_PX } from '../../../src/outputs/pptx/drawingml.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import { readTheme } from '../../../src/outputs/pptx/index.ts';
import { png } from '../../support/pictures.ts';
import { elements, readPptx, shapesOf, slideNames, xml } from '../../support/pptx.ts';

const EVENT = '2025年度处级干部进修班暨全过程人民民主专题研讨会';
const PART = '坚持以习近平同志为核心的党中央集中统一领导，推动中国特色社会主义事业';

const TITLE_LINES = ['坚持以习近平同志为核心的党中央集中统一领导', '推动基层党组织建设全面进步全面过硬'];

const outline = (front: string) => `---
title: |
  ${TITLE_LINES.join('\n  ')}
speaker: 李某
event: ${EVENT}
date: 2025-06-18
logo: emblem.png
${front}
---

## 开篇

- 第一点

# ${PART}

## 要点

- 第一点
- 第二点

## 坚持以人民为中心，

## 引文

> 年轻干部要提高群众工作能力。
> —— 习近平

# 解决急难愁盼

## 图片

- 说明

![现场](photo.png)

## 田间地头 {.background}

- 脚下沾有多少泥土

![田间地头](photo.png)
`;

interface Picture {
  x: number;
  y: number;
  w: number;
  h: number;
  rId: string;
}

/** The pictures of a slide's XML, placed in CSS pixels. */
function picturesOf(slideXml: string): Picture[] {
  return elements(xml(slideXml), 'p:pic').map((pic) => {
    const off = elements(pic, 'a:off')[0]!.attribs;
    const ext = elements(pic, 'a:ext')[0]!.attribs;
    return {
      x: Number(off.x) / EMU_PER_PX,
      y: Number(off.y) / EMU_PER_PX,
      w: Number(ext.cx) / EMU_PER_PX,
      h: Number(ext.cy) / EMU_PER_PX,
      rId: elements(pic, 'a:blip')[0]!.attribs['r:embed']!,
    };
  });
}

describe.each([
  ['16:9', 116],
  ['4:3', 88],
])('the PowerPoint’s official look at %s', (aspect, margin) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pptx-look-'));
  const gold = readTheme([readFileSync(path.join(THEMES_DIR, 'red.css'), 'utf8')]).gold.hex;
  let plan: DeckPlan;
  let slides: string[];
  let rels: string[];
  let plain: string[];

  const build = async (name: string, front: string) => {
    writeFileSync(path.join(dir, `${name}.md`), outline(front));
    const deck = await loadDeck(path.join(dir, `${name}.md`));
    const file = await writePptxFile(deck, path.join(dir, 'dist', `${name}.pptx`));
    const pptx = await readPptx(readFileSync(file.path));
    const names = slideNames(pptx.parts);
    return {
      plan: deck.plan,
      slides: names.map((n) => pptx.parts.get(n)!),
      rels: names.map((n) => pptx.parts.get(`${n.replace('slides/', 'slides/_rels/')}.rels`)!),
    };
  };

  beforeAll(async () => {
    writeFileSync(path.join(dir, 'emblem.png'), png(200, 200));
    writeFileSync(path.join(dir, 'photo.png'), png(1600, 1200));
    ({ plan, slides, rels } = await build('every', `aspect: "${aspect}"\nlogoOnEverySlide: true`));
    plain = (await build('title-only', `aspect: "${aspect}"`)).slides;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The logo's pictures on slide `i`: those whose relationship points at the logo's part. */
  const logoPictures = (i: number, slideXml = slides[i]!, slideRels = rels[i]!) => {
    const logoTarget = /Target="([^"]+)"/.exec(
      rels[0]!.split('<Relationship ').find((r) => r.includes('/image"'))!,
    )![1];
    return picturesOf(slideXml).filter((pic) => {
      const rel = slideRels.split('<Relationship ').find((r) => r.includes(`Id="${pic.rId}"`));
      return rel?.includes(`Target="${logoTarget}"`);
    });
  };

  it('puts the logo small in the left margin, level with the title, on every slide with a title at the top', () => {
    plan.slides.forEach((slide, i) => {
      const logos = logoPictures(i);
      const shows = slide.kind === 'content' || slide.kind === 'quote' || slide.kind === 'agenda';
      if (slide.kind === 'title') {
        expect(logos, 'the title slide’s own logo').toHaveLength(1);
        return;
      }
      expect(logos, `slide ${i + 1} (${slide.kind})`).toHaveLength(shows ? 1 : 0);
      if (!shows) return;
      const [logo] = logos;
      // inside the margin, clear of the title, which starts at the margin
      expect(logo!.x).toBeGreaterThan(0);
      expect(logo!.x + logo!.w).toBeLessThanOrEqual(margin);
      expect(logo!.w).toBeCloseTo(0.6 * margin, 0);
      // level with the title's first line (it starts under the frame's top padding)
      const title = elements(xml(slides[i]!), 'p:sp').find((sp) => elements(sp, 'p:ph')[0]?.attribs.type === 'title');
      const titleBottom =
        (Number(elements(title!, 'a:off')[0]!.attribs.y) + Number(elements(title!, 'a:ext')[0]!.attribs.cy)) /
        EMU_PER_PX;
      expect(logo!.y).toBeGreaterThan(40);
      expect(logo!.y + logo!.h).toBeLessThan(titleBottom);
    });
    expect(plan.slides.some((slide) => slide.kind === 'content' && slide.layout === 'statement')).toBe(true);
  });

  it('stores the logo once, however many slides show it', () => {
    const targets = new Set(rels.flatMap((r) => [...r.matchAll(/Target="(\.\.\/media\/[^"]+)"/g)].map((m) => m[1])));
    expect(targets.size).toBe(2); // the logo and the photo
  });

  it('leaves the logo to the title slide without logoOnEverySlide', () => {
    const pictures = plain.map((slideXml) => picturesOf(slideXml).length);
    expect(pictures[0]).toBe(1);
    // the two slides with the photo keep it, and no slide has more
    expect(pictures.slice(1).every((n) => n <= 1)).toBe(true);
    expect(pictures.slice(1).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('stands the agenda’s list in the middle of the slide’s body, as the deck does', () => {
    const i = plan.slides.findIndex((slide) => slide.kind === 'agenda');
    const numbers = shapesOf(slides[i]!).filter((shape) => ['一', '二'].includes(shape.paragraphs[0]?.text ?? ''));
    expect(numbers).toHaveLength(2);
    const middle = (shape: (typeof numbers)[number]) =>
      Number(elements(shape.element, 'a:off')[0]!.attribs.y) +
      Number(elements(shape.element, 'a:ext')[0]!.attribs.cy) / 2;
    const centre = (middle(numbers[0]!) + middle(numbers[1]!)) / 2 / EMU_PER_PX / 1080;
    // between the title's rule (about a fifth down) and the footer: its middle is a little below the slide's
    expect(centre).toBeGreaterThan(0.48);
    expect(centre).toBeLessThan(0.62);
  });

  it('hides the background picture under an opaque title band, as the deck does', () => {
    const i = plan.slides.findIndex((slide) => slide.kind === 'content' && slide.layout === 'background');
    const band = elements(xml(slides[i]!), 'p:sp').find((sp) => {
      const off = elements(sp, 'a:off')[0]?.attribs;
      const ext = elements(sp, 'a:ext')[0]?.attribs;
      return off?.x === '0' && off.y === '0' && Number(ext?.cx) >= (aspect === '4:3' ? 1440 : 1920) * EMU_PER_PX - 1;
    });
    expect(band).toBeDefined();
    const fill = elements(band!, 'a:solidFill')[0]!;
    expect(elements(fill, 'a:alpha')).toHaveLength(0);
    // dark: the title on it is white
    const hex = elements(fill, 'a:srgbClr')[0]!.attribs.val!;
    expect(Number.parseInt(hex.slice(0, 2), 16)).toBeLessThan(80);
  });

  it('stands the event at the slide’s centre, sharing the footer with a long part name in proportion', () => {
    const slideWidth = (aspect === '4:3' ? 1440 : 1920) * EMU_PER_PX;
    let checked = 0;
    plan.slides.forEach((slide, i) => {
      if (slide.kind === 'title' || slide.kind === 'divider' || !slide.part) return;
      const shapes = shapesOf(slides[i]!);
      const texts = shapes.map((shape) => shape.paragraphs.map((p) => p.text).join(''));
      const event = shapes[texts.findIndex((text) => text.startsWith('2025年度'))];
      const part = texts.find((text) => text.startsWith('一、') || text.startsWith('二、'));
      expect(event, `slide ${i + 1}`).toBeDefined();
      const x = Number(elements(event!.element, 'a:off')[0]!.attribs.x);
      const cx = Number(elements(event!.element, 'a:ext')[0]!.attribs.cx);
      expect(Math.abs(x + cx / 2 - slideWidth / 2), `slide ${i + 1}`).toBeLessThan(2);
      const eventText = event!.paragraphs[0]!.text;
      if (slide.part.index === 0) {
        // both shortened with "…", each keeping a fair share of itself
        expect(eventText.endsWith('…')).toBe(true);
        expect(part!.endsWith('…')).toBe(true);
        const share = (shown: string, whole: string) => ([...shown].length - 1) / [...whole].length;
        expect(share(eventText, EVENT)).toBeGreaterThan(0.35);
        expect(share(part!, `一、${PART}`)).toBeGreaterThan(0.35);
        expect(Math.abs(share(eventText, EVENT) - share(part!, `一、${PART}`))).toBeLessThan(0.15);
        checked++;
      } else expect(eventText).toBe(EVENT);
    });
    expect(checked).toBeGreaterThan(2);
  });

  it('keeps the writer’s title lines, breaking one too wide for the slide between phrases into balanced lines', () => {
    const title = shapesOf(slides[0]!).find((shape) => shape.placeholder === 'ctrTitle')!;
    const lines = title.paragraphs
      .map((p) => p.text)
      .join('')
      .split('\n');
    expect(lines.join('')).toBe(TITLE_LINES.join(''));
    // the first line is wider than the box: in two lines, the set phrase and 集中统一领导 each whole
    expect(lines.slice(0, 2)).toEqual(['坚持以习近平同志为核心的党中央', '集中统一领导']);
    // the second line whole where it fits (16:9), else in balanced halves (4:3)
    expect(lines.slice(2).join('')).toBe(TITLE_LINES[1]);
    expect(lines.length).toBe(aspect === '4:3' ? 4 : 3);
  });

  it('centres a statement ending in "，" on its words: the comma’s empty half hangs out (a margin of one em)', () => {
    const i = plan.slides.findIndex((slide) => slide.kind === 'content' && slide.layout === 'statement');
    const title = shapesOf(slides[i]!).find((shape) => shape.placeholder === 'title')!;
    expect(title.paragraphs[0]!.text).toBe('坚持以人民为中心，');
    const properties = elements(title.element, 'a:pPr')[0]!.attribs;
    expect(properties.algn).toBe('ctr');
    const em = Number(elements(title.element, 'a:rPr')[0]!.attribs.sz) / 100 / PT_PER_PX;
    expect(Number(properties.marL) / EMU_PER_PX / em).toBeCloseTo(1.04, 1);
    // a title on the slide (not a statement) keeps no such margin
    const other = shapesOf(slides[plan.slides.findIndex((slide) => slide.kind === 'quote')]!).find(
      (shape) => shape.placeholder === 'title',
    )!;
    expect(Number(elements(other.element, 'a:pPr')[0]!.attribs.marL ?? 0)).toBe(0);
  });

  it('puts the date on a line of its own where the event and the date would fill the line: never 18 / 日', () => {
    const meeting = shapesOf(slides[0]!).find((shape) => shape.paragraphs[0]?.text.includes('2025年6月18日'))!;
    const lines = meeting.paragraphs[0]!.text.split('\n');
    if (aspect === '4:3') expect(lines).toEqual([EVENT, '2025年6月18日']);
    else expect(lines).toHaveLength(1);
  });

  it('keeps the divider’s set phrase whole with 坚持 before it, and writes no hard break inside 集中统一领导', () => {
    const i = plan.slides.findIndex((slide) => slide.kind === 'divider');
    const title = shapesOf(slides[i]!).find((shape) => shape.placeholder === 'title')!;
    const lines = title.paragraphs
      .map((p) => p.text)
      .join('')
      .split('\n');
    expect(lines.join('')).toBe(PART);
    expect(lines[0]!.startsWith('坚持以习近平同志为核心的党中央')).toBe(true);
    expect(lines.some((line) => line.includes('集中统一领导'))).toBe(true);
    // the title at the size the deck gives it (smaller at 4:3, where the phrase and 坚持 would not fit at 84 px)
    const size = Number(elements(title.element, 'a:rPr')[0]!.attribs.sz) / 100 / PT_PER_PX;
    expect(size).toBeCloseTo(aspect === '4:3' ? 80 : 84, 0);
  });

  it('lays its text between the deck’s side margins', () => {
    const i = plan.slides.findIndex((slide) => slide.kind === 'content');
    const title = shapesOf(slides[i]!).find((shape) => shape.placeholder === 'title')!;
    expect(Number(elements(title.element, 'a:off')[0]!.attribs.x) / EMU_PER_PX).toBeCloseTo(margin, 0);
  });

  it('sets each divider’s number large in gold above its caption', () => {
    const dividers = plan.slides.flatMap((slide, i) => (slide.kind === 'divider' ? [i] : []));
    expect(dividers).toHaveLength(2);
    dividers.forEach((i, n) => {
      const shapes = shapesOf(slides[i]!);
      const number = shapes.find((shape) => shape.paragraphs.map((p) => p.text).join('') === `0${n + 1}`);
      const caption = shapes.find((shape) => /^第.部分$/.test(shape.paragraphs.map((p) => p.text).join('')));
      expect(number, `divider ${n + 1}`).toBeDefined();
      expect(caption).toBeDefined();
      const run = number!.paragraphs[0]!.runs[0]!;
      expect(run).toMatchObject({ bold: true, colour: gold });
      const size = Number(elements(number!.element, 'a:rPr')[0]!.attribs.sz) / 100;
      const captionSize = Number(elements(caption!.element, 'a:rPr')[0]!.attribs.sz) / 100;
      expect(size).toBeGreaterThan(2.5 * captionSize);
      const top = (shape: typeof number) => Number(elements(shape!.element, 'a:off')[0]!.attribs.y);
      expect(top(number)).toBeLessThan(top(caption));
    });
  });
});
