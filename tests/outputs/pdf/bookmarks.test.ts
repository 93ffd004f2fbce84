// Bookmarks in every PDF: the parts in order, their slides under them, each jumping to the right page.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parseOutline } from '../../../src/outline/index.ts';
import { partHeading, planDeck } from '../../../src/deck/index.ts';
import type { Slide } from '../../../src/deck/index.ts';
import { slideMarker } from '../../../src/outputs/pdf/script-html.ts';
import { pdfMetadata, pdfOutline, readPdf, squash } from '../../support/pdf.ts';
import type { OutlineEntry } from '../../support/pdf.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const sample = inject('sample');
const plan = planDeck(parseOutline(readFileSync(SAMPLE_OUTLINE, 'utf8'), 'slides/qunzhong.md'));
const partTitles = plan.parts.map((p) => partHeading(p.number, p.title, plan.meta.numbering));

/** The shape every PDF's bookmarks share: slides outside parts at the top, each part with its slides under it. */
function expectDeckShape(outline: OutlineEntry[]) {
  const top = outline.map((e) => e.title);
  expect(top.filter((t) => partTitles.includes(t))).toEqual(partTitles);
  expect(top[0]).toBe(plan.meta.title);
  expect(top).toContain('发言提纲');
  expect(top[top.length - 1]).toBe('谢谢！敬请批评指正。');
  for (const part of plan.parts) {
    const entry = outline.find((e) => e.title === partTitles[part.index])!;
    const slides = plan.slides.filter((s) => s.part?.index === part.index && s.kind !== 'divider');
    expect(entry.children.map((c) => c.title)).toEqual(slides.map((s) => s.title));
  }
}

/** Every bookmark with the slide it stands for, depth first. */
function bookmarksBySlide(outline: OutlineEntry[]): Array<[Slide, OutlineEntry]> {
  const flat = outline.flatMap((e) => [e, ...e.children]);
  const slides = plan.slides;
  expect(flat.length).toBe(slides.length);
  return slides.map((slide, i) => [slide, flat[i]!]);
}

describe('the slides PDF', () => {
  it('lists the parts in order with their slides under them, each at its page', async () => {
    const outline = await pdfOutline(sample.pdf);
    expectDeckShape(outline);
    for (const [slide, entry] of bookmarksBySlide(outline)) expect(entry.page).toBe(slide.number);
  });

  it("is titled with the outline's title", async () => {
    expect((await pdfMetadata(sample.pdf)).title).toBe(plan.meta.title);
  });
});

describe('the slides PDF with notes', () => {
  it("jumps to each slide's own page, not its notes page", async () => {
    const outline = await pdfOutline(sample.notesPdf);
    expectDeckShape(outline);
    const pages = await readPdf(sample.notesPdf);
    const known = bookmarksBySlide(outline).find(([s]) => s.title === '看清群众工作对象的新变化')!;
    expect(squash(pages[known[1].page - 1]!.text)).toContain('利益问题与思想问题相互交织');
  });
});

describe('the handout', () => {
  it('jumps to the page each slide is printed on', async () => {
    const outline = await pdfOutline(sample.handout);
    expectDeckShape(outline);
    for (const [slide, entry] of bookmarksBySlide(outline)) expect(entry.page).toBe(Math.ceil(slide.number / 3));
  });
});

describe('the script', () => {
  it("jumps to each part's heading and each slide's marker", async () => {
    const outline = await pdfOutline(sample.script);
    expectDeckShape(outline);
    const pages = await readPdf(sample.script);
    for (const [slide, entry] of bookmarksBySlide(outline)) {
      const text = squash(pages[entry.page - 1]!.text);
      expect(text, slide.title).toContain(
        squash(slide.kind === 'divider' ? partTitles[slide.part.index]! : slideMarker(slide)),
      );
    }
  });
});
