// The sample's slides PDF, read back as a reader's software sees it.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parseOutline } from '../../../src/outline/index.ts';
import { planDeck } from '../../../src/deck/index.ts';
import { embeddedFonts, fontObjects, pdfMetadata, patterns, rasterImages, readPdf, squash } from '../../support/pdf.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const sample = inject('sample');
const plan = planDeck(parseOutline(readFileSync(SAMPLE_OUTLINE, 'utf8'), 'slides/qunzhong.md'));

describe('the slides PDF', () => {
  it('has one 16:9 page per slide', async () => {
    const pages = await readPdf(sample.pdf);
    expect(pages.length).toBe(plan.slides.length);
    for (const page of pages) expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
  });

  it('has selectable text: each slide title on its own page, in order', async () => {
    const pages = await readPdf(sample.pdf);
    plan.slides.forEach((slide, i) => {
      const title = slide.kind === 'title' ? plan.meta.title : slide.title.replace('（续）', '');
      expect(squash(pages[i]!.text)).toContain(squash(title));
    });
    const known = plan.slides.findIndex((s) => s.title === '看清群众工作对象的新变化');
    expect(squash(pages[known]!.text)).toContain('利益问题与思想问题相互交织');
  });

  it('shows the footer page number and part name', async () => {
    const pages = await readPdf(sample.pdf);
    const known = plan.slides.findIndex((s) => s.title === '看清群众工作对象的新变化');
    expect(squash(pages[known]!.text)).toContain(`第${known + 1}页`);
    expect(squash(pages[known]!.text)).toContain('一、紧跟时代步伐');
  });

  it('embeds the Chinese fonts, each face the slides use as one font object', async () => {
    const fonts = await embeddedFonts(sample.pdf);
    expect(fonts.some((f) => f.startsWith('NotoSansSC'))).toBe(true);
    expect(fonts.some((f) => f.startsWith('NotoSerifSC'))).toBe(true);
    // sans regular and bold for text, serif bold for titles: three faces, three objects (not one per font slice)
    expect(await fontObjects(sample.pdf)).toEqual([...fonts].sort());
    expect(fonts).toHaveLength(3);
  });

  it('draws the theme as vectors: no raster image where the outline has none', async () => {
    expect(await rasterImages(sample.pdf)).toBe(0);
  });

  it('draws each slide in its own page: slides of one kind share their gradients, not one copy a slide', async () => {
    // (each page laid out and painted apart, themes/_layout.css: a page's gradients are in its own coordinates)
    const gradients = await patterns(sample.pdf);
    expect(gradients).toBeGreaterThan(0);
    expect(gradients).toBeLessThan(plan.slides.length / 2);
  });

  it("is the browser's PDF with our metadata and bookmarks appended, not a rewrite of it", () => {
    for (const file of [sample.pdf, sample.notesPdf, sample.script, sample.handout]) {
      const tail = readFileSync(file).subarray(-4096).toString('latin1');
      expect(tail, file).toMatch(/\/Prev \d+/);
    }
  });

  it('carries the title, speaker and event as metadata', async () => {
    const meta = await pdfMetadata(sample.pdf);
    expect(meta.title).toBe(plan.meta.title);
    expect(meta.author).toBe(plan.meta.speaker);
    expect(meta.subject).toBe(plan.meta.event);
  });
});
