// A talk on an organiser's template as they are sent (tests/support/organiser-template.ts: white titles on a navy
// title bar, a footer bar with its date, footer and slide-number placeholders, an emblem, a navy title slide): every
// title in the template's own title style (no colour of ours over its white), the title and closing slides in its
// title layout's boxes, the footer in its footer placeholders on the bar, a statement in the master's content room;
// and LibreOffice showing every slide's words (skipped, saying so, where it is not installed).
import { describe, expect, it } from 'vitest';
import { SOFFICE, convertToPdf } from '../../support/office.ts';
import { ORGANISER_COLOURS, makeOrganiserTemplate } from '../../support/organiser-template.ts';
import { contrast } from '../../../src/outputs/pptx/template/backdrop.ts';
import { readPdf, squash } from '../../support/pdf.ts';
import { png } from '../../support/pictures.ts';
import { templateTalk } from '../../support/template-talk.ts';

if (!SOFFICE)
  console.warn(
    'skipping the LibreOffice half of the template styles test: soffice is not installed (Debian: apt-get install libreoffice-impress)',
  );

const OUTLINE = `---
title: 把基层治理的功夫下在平时，推动社区工作提质增效
subtitle: 经验交流
speaker: 王某某
organization: 某某街道党工委
event: 全市基层治理工作经验交流会
date: 2026-11-27
logo: logo.png
closing: 把功夫下在平时，让群众满意在身边
template: received/模板.pptx
---

# 主要做法

## 做法一：网格化管理全覆盖

- 把全街道划分为一百二十个网格，每个网格配备专职网格员
- 建立“网格员—楼栋长—单元长”三级联系体系
- 推行“吹哨报到”，街道和部门力量随叫随到

## 群众的小事就是大事

# 下一步打算

## 三点打算

1. 继续深化网格化管理
2. 推动数字治理平台升级
`;

interface Box {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

/** Each shape of a slide, layout or master: its placeholder type (if any), its box (if it has one), its XML. */
function shapes(xml: string): Array<{ type?: string; box?: Box; xml: string }> {
  return [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([shape]) => {
    const ph = /<p:ph\b([^>]*)\/>/.exec(shape);
    const type = ph ? (/type="([^"]+)"/.exec(ph[1]!)?.[1] ?? 'obj') : undefined;
    const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape);
    const box = off ? { x: +off[1]!, y: +off[2]!, cx: +off[3]!, cy: +off[4]! } : undefined;
    return { ...(type ? { type } : {}), ...(box ? { box } : {}), xml: shape };
  });
}

/** A title placeholder: a slide's title, or a title slide's centred one. */
const isTitle = (type: string | undefined) => type === 'title' || type === 'ctrTitle';

const inside = (inner: Box, outer: Box, slack = 3) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.cx <= outer.x + outer.cx + slack &&
  inner.y + inner.cy <= outer.y + outer.cy + slack;

describe('a talk on an organiser’s template with a dark title bar and a footer bar', () => {
  const talk = templateTalk('template-styles', OUTLINE, () => makeOrganiserTemplate({ style: 'bar' }), {
    'logo.png': png(300, 120),
  });
  const { layoutOf } = talk;

  const master = () =>
    talk.parts.get(
      [...talk.parts.keys()].find(
        (name) => /^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(name) && talk.parts.get(name)!.includes('Title bar'),
      )!,
    )!;
  /** Where the slide's layout (or the master, where the layout gives none) puts a placeholder of `type`. */
  const templateBox = (n: number, type: string): Box => {
    const own = shapes(layoutOf(n)).find((shape) => shape.type === type)?.box;
    return own ?? shapes(master()).find((shape) => shape.type === type)!.box!;
  };
  const slideShapes = (n: number) => shapes(talk.parts.get(`ppt/slides/slide${n}.xml`)!);
  const numbers = () => talk.deck.plan.slides.map((slide) => slide.number);

  it('writes every title in the template’s title style: no colour, alignment or anchor of ours over it', () => {
    for (const n of numbers()) {
      const slide = talk.deck.plan.slides[n - 1]!;
      if (slide.kind === 'content' && slide.layout === 'statement') continue;
      const title = slideShapes(n).find((shape) => isTitle(shape.type))!;
      expect(title, `slide ${n}`).toBeDefined();
      // (a divider's title excepted: its white title style stands on the white page, see below)
      if (slide.kind !== 'divider') expect(title.xml, `slide ${n}`).not.toContain('<a:solidFill>');
      expect(title.xml, `slide ${n}`).not.toMatch(/algn=|anchor=/);
    }
  });

  it('gives every title a colour that stands out from what lies behind it: ours where the template’s would not', () => {
    // The master's title style is white, for its navy title bar; its section layout sets no colour and puts the title
    // on the white page below the bar. The title page's layout is navy all over.
    const bar = shapes(master()).find((shape) => shape.xml.includes('name="Title bar"'))!.box!;
    const { dk2: navy, lt1: white } = ORGANISER_COLOURS.bar;
    for (const n of numbers()) {
      const slide = talk.deck.plan.slides[n - 1]!;
      if (slide.kind === 'content' && slide.layout === 'statement') continue;
      const title = slideShapes(n).find((shape) => isTitle(shape.type))!;
      const middle = title.box!.y + title.box!.cy / 2;
      const behind = /<p:sldLayout[^>]* type="title"/.test(layoutOf(n)) || middle <= bar.y + bar.cy ? navy : white;
      const written = /<a:srgbClr val="([0-9A-F]{6})"\/>/.exec(title.xml)?.[1];
      expect(contrast(written ?? white!, behind!), `slide ${n}`).toBeGreaterThanOrEqual(3);
      if (slide.kind === 'divider') expect(written, `slide ${n}`).toBe(navy);
    }
  });

  it('puts the title and closing slides in the title layout’s boxes: the words in its title, the rest in its subtitle', () => {
    const closing = talk.deck.plan.slides.find((slide) => slide.kind === 'closing')!.number;
    for (const n of [1, closing]) {
      expect(layoutOf(n), `slide ${n}`).toContain('type="title"');
      // (the layout's centred title, named as the layout names it)
      const title = slideShapes(n).find((shape) => shape.type === 'ctrTitle')!;
      expect(inside(title.box!, templateBox(n, 'ctrTitle')), `slide ${n}`).toBe(true);
      const subtitle = slideShapes(n).find((shape) => shape.type === 'subTitle')!;
      expect(inside(subtitle.box!, templateBox(n, 'subTitle')), `slide ${n}`).toBe(true);
      expect(subtitle.xml).not.toContain('<a:solidFill>');
      // nothing of ours drawn on the template's own title page but the speaker's logo
      expect(slideShapes(n).filter((shape) => !shape.type)).toEqual([]);
    }
    expect(slideShapes(1).find((shape) => shape.type === 'subTitle')!.xml).toContain('王某某');
    // the logo the outline names, under the title, inside the subtitle's room
    const logo = /<p:pic>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(
      talk.parts.get('ppt/slides/slide1.xml')!,
    )!;
    const [x, y, cx, cy] = logo.slice(1).map(Number);
    expect(inside({ x: x!, y: y!, cx: cx!, cy: cy! }, templateBox(1, 'subTitle'))).toBe(true);
  });

  it('writes the footer in the template’s footer and slide-number placeholders, on its footer bar', () => {
    const bar = shapes(master()).find((shape) => shape.xml.includes('name="Footer bar"'))!.box!;
    for (const n of numbers().slice(1)) {
      const on = slideShapes(n);
      const number = on.find((shape) => shape.type === 'sldNum')!;
      expect(number, `slide ${n}`).toBeDefined();
      expect(inside(number.box!, templateBox(n, 'sldNum')), `slide ${n}`).toBe(true);
      expect(number.xml).toContain('type="slidenum"');
      expect(number.xml).not.toContain('<a:solidFill>');
      // no text box of ours down on the bar
      for (const shape of on.filter((s) => !s.type && s.box))
        expect(shape.box!.y + shape.box!.cy, `slide ${n}`).toBeLessThanOrEqual(bar.y);
    }
    const points = talk.deck.plan.slides.find((slide) => slide.kind === 'content' && slide.layout === 'points')!.number;
    const footer = slideShapes(points).find((shape) => shape.type === 'ftr')!;
    expect(inside(footer.box!, templateBox(points, 'ftr'))).toBe(true);
    expect(footer.xml).toContain('全市基层治理工作经验交流会');
  });

  it('stands a statement in the master’s room for content, clear of its title bar and footer bar', () => {
    const statement = talk.deck.plan.slides.find((slide) => slide.kind === 'content' && slide.layout === 'statement')!;
    const room = shapes(master()).find((shape) => shape.type === 'body')!.box!;
    for (const shape of slideShapes(statement.number).filter((s) => s.type !== 'sldNum' && s.type !== 'ftr'))
      expect(inside(shape.box!, room), shape.xml.slice(0, 80)).toBe(true);
  });

  it.skipIf(!SOFFICE)(
    'renders in LibreOffice with every slide’s words',
    async () => {
      const slides = await readPdf(await convertToPdf(talk.pptx, talk.dir));
      expect(slides).toHaveLength(talk.deck.plan.slides.length);
      talk.deck.plan.slides.forEach((slide, i) => {
        const words = slide.kind === 'divider' ? slide.part.title : slide.kind === 'closing' ? slide.text : slide.title;
        expect(squash(slides[i]!.text), `slide ${i + 1}`).toContain(squash(words));
      });
      expect(squash(slides[0]!.text)).toContain('王某某');
      expect(squash(slides[3]!.text)).toContain(squash('全市基层治理工作经验交流会'));
    },
    240_000,
  );
});
