// A talk on an organiser's template whose placeholders are numbered otherwise than PowerPoint numbers its own (the
// footer 5, the slide number 6, the section layout's text 13): each slide fills the layout's placeholders by the
// layout's own type and index, the footer there and the divider's caption in the section layout's text placeholder,
// not in a text box of ours; LibreOffice shows them (skipped, saying so, where it is not installed).
import { describe, expect, it } from 'vitest';
import { partCaption } from '../../../src/deck/labels.ts';
import { SOFFICE, convertToPdf } from '../../support/office.ts';
import { makeOrganiserTemplate } from '../../support/organiser-template.ts';
import { readPdf, squash } from '../../support/pdf.ts';
import { templateTalk } from '../../support/template-talk.ts';

if (!SOFFICE)
  console.warn(
    'skipping the LibreOffice half of the template placeholders test: soffice is not installed (Debian: apt-get install libreoffice-impress)',
  );

const OUTLINE = `---
title: 把基层治理的功夫下在平时
speaker: 王某某
event: 全市基层治理工作经验交流会
template: received/模板.pptx
---

# 主要做法

为群众办实事，从一件件小事做起。

## 网格化管理全覆盖

- 把全街道划分为一百二十个网格
- 推行“吹哨报到”

# 下一步打算

## 三点打算

1. 继续深化网格化管理
2. 推动数字治理平台升级
`;

const IDX = { dt: 4, ftr: 5, sldNum: 6, section: 13 };

/** Each shape of a slide or layout: its `<p:ph>` (if any) and its XML. */
function shapes(xml: string): Array<{ ph?: string; xml: string }> {
  return [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([shape]) => {
    const ph = /<p:ph\b[^>]*\/>/.exec(shape)?.[0];
    return { ...(ph ? { ph } : {}), xml: shape };
  });
}

const attribute = (ph: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(ph)?.[1];

describe('a talk on a template whose placeholders have indices of its own', () => {
  const talk = templateTalk('template-placeholders', OUTLINE, () =>
    makeOrganiserTemplate({ style: 'light', idx: IDX }),
  );
  const { layoutOf } = talk;

  const slideShapes = (n: number) => shapes(talk.parts.get(`ppt/slides/slide${n}.xml`)!);
  const dividers = () => talk.deck.plan.slides.filter((slide) => slide.kind === 'divider');

  it('fills each layout placeholder by the layout’s own type and index, the footer’s and slide number’s too', () => {
    let footers = 0;
    for (const slide of talk.deck.plan.slides) {
      const n = slide.number;
      const layout = shapes(layoutOf(n)).flatMap((shape) => (shape.ph ? [shape.ph] : []));
      const key = (ph: string) => `${attribute(ph, 'type') ?? 'obj'}/${attribute(ph, 'idx') ?? '0'}`;
      const offered = new Set(layout.map(key));
      for (const shape of slideShapes(n).filter((s) => s.ph)) {
        // every placeholder of the slide is one its layout has, by type and index
        expect(offered, `slide ${n}: ${shape.ph}`).toContain(key(shape.ph!));
        if (attribute(shape.ph!, 'type') === 'ftr') {
          expect(attribute(shape.ph!, 'idx')).toBe(String(IDX.ftr));
          footers++;
        }
        if (attribute(shape.ph!, 'type') === 'sldNum') expect(attribute(shape.ph!, 'idx')).toBe(String(IDX.sldNum));
      }
    }
    // the event stands in the footer of the content slides, the page in the slide number of every slide but the first
    expect(footers).toBeGreaterThan(0);
    expect(
      talk.deck.plan.slides.slice(1).every((slide) => slideShapes(slide.number).some((s) => s.ph?.includes('sldNum'))),
    ).toBe(true);
  });

  it('puts a divider’s caption and introduction in the section layout’s text placeholder, not in a box of ours', () => {
    expect(dividers()).toHaveLength(2);
    for (const slide of dividers()) {
      const caption = partCaption(slide.part.index + 1, talk.deck.plan.meta.numbering);
      expect(caption).toMatch(/^第.部分$/);
      const on = slideShapes(slide.number);
      const text = on.find((shape) => shape.ph && attribute(shape.ph, 'idx') === String(IDX.section))!;
      expect(text, `slide ${slide.number}`).toBeDefined();
      expect(attribute(text.ph!, 'type')).toBe('body');
      expect(text.xml).toContain(caption);
      // nothing of ours holds it (no text box), and no rule of ours is drawn beside it
      expect(on.filter((shape) => !shape.ph && shape.xml.includes(caption))).toEqual([]);
      expect(on.filter((shape) => !shape.ph)).toEqual([]);
    }
    expect(slideShapes(dividers()[0]!.number).find((s) => s.xml.includes('第一部分'))!.xml).toContain('为群众办实事');
  });

  it.skipIf(!SOFFICE)(
    'renders in LibreOffice with each divider’s caption and the footer’s event',
    async () => {
      const slides = await readPdf(await convertToPdf(talk.pptx, talk.dir));
      expect(slides).toHaveLength(talk.deck.plan.slides.length);
      for (const slide of dividers()) {
        const text = squash(slides[slide.number - 1]!.text);
        expect(text).toContain(squash(partCaption(slide.part.index + 1, talk.deck.plan.meta.numbering)));
        expect(text).toContain(squash(slide.part.title));
      }
      const points = talk.deck.plan.slides.find((slide) => slide.kind === 'content')!.number;
      expect(squash(slides[points - 1]!.text)).toContain('全市基层治理工作经验交流会');
    },
    180_000,
  );
});
