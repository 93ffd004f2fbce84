// `pdf --notes`: the slides PDF for reviewers, each slide's notes on the page after it.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parseOutline } from '../../../src/outline/index.ts';
import { planDeck } from '../../../src/deck/index.ts';
import { pdfMetadata, readPdf, squash } from '../../support/pdf.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const sample = inject('sample');
const plan = planDeck(parseOutline(readFileSync(SAMPLE_OUTLINE, 'utf8'), 'slides/qunzhong.md'));

describe('the slides PDF with notes', () => {
  it('has a page per slide plus a notes page for each slide that has notes (reveal.js adds none for the others)', async () => {
    const pages = await readPdf(sample.notesPdf);
    const withNotes = plan.slides.filter((s) => s.notes).length;
    expect(withNotes).toBeGreaterThan(0);
    expect(pages.length).toBe(plan.slides.length + withNotes);
    for (const page of pages) expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
  });

  it("puts each slide's notes on the page right after it", async () => {
    const pages = await readPdf(sample.notesPdf);
    let at = 0;
    for (const slide of plan.slides) {
      const title = slide.kind === 'title' ? plan.meta.title : slide.title.replace('（续）', '');
      expect(squash(pages[at]!.text), `slide ${slide.number}`).toContain(squash(title));
      at += 1;
      if (!slide.notes) continue;
      expect(squash(pages[at]!.text), `notes of slide ${slide.number}`).toContain(squash(slide.notes.text));
      // the notes page names its slide, which is a page away
      expect(squash(pages[at]!.text), `notes of slide ${slide.number}`).toContain(
        squash(`第 ${slide.number} 页 · ${slide.title}`),
      );
      at += 1;
    }
  });

  it('says in its title that it has the notes', async () => {
    expect((await pdfMetadata(sample.notesPdf)).title).toBe(`${plan.meta.title}（附演讲备注）`);
  });
});
