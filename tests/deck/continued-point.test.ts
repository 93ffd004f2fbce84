// The rest of a point cut over two slides reads as the same point continued: no second number or bullet on the
// （续） slide, and the points after it numbered on from the point's own number, in the plan, the deck (and so the
// PDFs and the handout, which print it) and the PowerPoint.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSlides } from '../../src/deck/index.ts';
import type { ContentSlide } from '../../src/deck/types.ts';
import { loadDeckText } from '../../src/load/index.ts';
import type { Block } from '../../src/outline/types.ts';
import { readTheme, writePptx } from '../../src/outputs/pptx/index.ts';
import { readFileSync } from 'node:fs';
import { THEMES_DIR } from '../../src/files/paths.ts';
import { elements, readPptx, shapesOf, slideNames, xml } from '../support/pptx.ts';

const SENTENCE =
  '坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在基层、化解在萌芽状态，整合信访、司法、人社、住建等部门力量，实行一窗受理、分类流转、限时办结、跟踪回访的闭环机制。';
const LONG = Array.from({ length: 9 }, (_, i) => SENTENCE.replace('坚持', `第${i + 1}句坚持`)).join('');

const outline = (aspect: string, numbering: string, list: 'ordered' | 'bullets') => {
  const [a, b, c] = list === 'ordered' ? ['1.', '2.', '3.'] : ['-', '-', '-'];
  return `---\ntitle: 续\naspect: "${aspect}"\nnumbering: ${numbering}\nagenda: false\nclosing: false\n---\n\n## 一个很长的要点\n\n${a} 短的要点\n${b} ${LONG}\n${c} 后面的要点\n`;
};

type Points = Extract<Block, { kind: 'points' }>;

async function made(source: string) {
  const deck = await loadDeckText(path.resolve('slides/talk.md'), source);
  const slides = deck.plan.slides.filter((slide): slide is ContentSlide => slide.kind === 'content');
  const theme = readTheme([readFileSync(path.join(THEMES_DIR, `${deck.plan.meta.theme}.css`), 'utf8')]);
  const pptx = await readPptx((await writePptx({ plan: deck.plan, theme, images: new Map() })).bytes);
  const parts = slideNames(pptx.parts).map((name) => pptx.parts.get(name)!);
  return { deck, slides, parts };
}

const listsOf = (slide: ContentSlide) => slide.blocks.filter((block): block is Points => block.kind === 'points');

for (const aspect of ['16:9', '4:3'])
  describe(`a numbered point continued at ${aspect}`, () => {
    for (const numbering of ['arabic', 'chinese'])
      it(`shows its number once (${numbering}), the next point numbered on`, async () => {
        const { deck, slides, parts } = await made(outline(aspect, numbering, 'ordered'));
        expect(slides.length).toBeGreaterThan(1);
        const lists = slides.map((slide) => listsOf(slide)[0]!);
        // the plan: every slide after the first opens with the rest of the long point, marked as such
        for (const list of lists.slice(1)) {
          expect(list.start).toBe(2);
          expect(list.points[0]!.continues).toBe(true);
        }
        expect(lists.flatMap((list) => list.points).filter((point) => point.continues)).toHaveLength(lists.length - 1);
        // the deck: no marker on the rest of the point, 3 (or （三）) on the point after it
        const html = renderSlides(deck.plan);
        const sections = html.split('<section').filter((section) => section.includes('sd-points'));
        const three = numbering === 'chinese' ? '（三）' : '3';
        const two = numbering === 'chinese' ? '（二）' : '2';
        const markers = (section: string) =>
          [...section.matchAll(/<span class="sd-marker">([^<]*)<\/span>/g)].map((match) => match[1]);
        expect(sections.map(markers)).toEqual([
          [numbering === 'chinese' ? '（一）' : '1', two],
          ...sections.slice(1, -1).map(() => []),
          [three],
        ]);
        expect(sections.slice(1).every((section) => /<li class="sd-phrased sd-continues">/.test(section))).toBe(true);
        // the PowerPoint: the rest of the point has no bullet and no number written; the point after it is 3
        const body = (part: string) => shapesOf(part).find((shape) => shape.placeholder === 'body')!;
        const content = parts.filter((part) => part.includes('一个很长的要点'));
        expect(content).toHaveLength(slides.length);
        for (const part of content.slice(1)) {
          const [rest] = body(part).paragraphs;
          expect(rest!.bullet).toBe('none');
          expect(rest!.text).not.toMatch(/^（/);
        }
        const last = body(content.at(-1)!).paragraphs.find((p) => p.text.includes('后面的要点'))!;
        if (numbering === 'chinese') expect(last.text.startsWith('（三）')).toBe(true);
        else {
          expect(last.bullet).toBe('number');
          const starts = elements(xml(content.at(-1)!), 'a:buAutoNum').map((element) => element.attribs.startAt);
          expect(starts).toEqual(['3']);
        }
      });
  });

describe('a bulleted point continued', () => {
  it('shows its bullet once, in the deck and the PowerPoint', async () => {
    const { deck, slides, parts } = await made(outline('4:3', 'arabic', 'bullets'));
    expect(slides.length).toBeGreaterThan(1);
    const html = renderSlides(deck.plan);
    expect(html.match(/sd-continues/g)).toHaveLength(slides.length - 1);
    const content = parts.filter((part) => part.includes('一个很长的要点'));
    for (const part of content.slice(1)) {
      const paragraphs = shapesOf(part).flatMap((shape) => shape.paragraphs);
      const rest = paragraphs.find((p) => /[，。]/.test(p.text))!;
      expect(rest.bullet).toBe('none');
    }
    const after = shapesOf(content.at(-1)!)
      .flatMap((shape) => shape.paragraphs)
      .find((p) => p.text.includes('后面的要点'))!;
    expect(after.bullet).toBe('char');
  });
});

describe('a point’s attribution in the PowerPoint', () => {
  it('ends where the deck’s does, inside the band’s padding, and the point after it keeps its full width', async () => {
    const { slides, parts } = await made(
      `---\ntitle: 出处\nagenda: false\nclosing: false\n---\n\n## 要点下的出处\n\n- 江山就是人民，人民就是江山\n——习近平\n- 为人民服务\n`,
    );
    const size = slides[0]!.typeSize;
    const part = parts.find((p) => p.includes('要点下的出处'))!;
    const body = shapesOf(part).find((shape) => shape.placeholder === 'body')!;
    const pPrs = elements(body.element, 'a:pPr');
    const said = body.paragraphs.findIndex((p) => p.text.includes('习近平'));
    expect(body.paragraphs[said]!.align).toBe('r');
    // (the box is wider than the deck's body by the reader's room, half an em: the band's 0.75em padding and that)
    const emuPerPx = 12_192_000 / 1920; // (the slide, 1920 px, is 12,192,000 EMU wide)
    expect(Number(pPrs[said]!.attribs.marR) / emuPerPx).toBeCloseTo(1.25 * size, 0);
    // (LibreOffice would carry the margin over to the next point)
    expect(pPrs[said + 1]!.attribs.marR).toBe('0');
  });
});
