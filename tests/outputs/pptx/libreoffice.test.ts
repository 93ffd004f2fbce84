// The sample's PowerPoint opened by a real reader: LibreOffice Impress converts it to PDF, slides and notes pages, and
// everything the outline says is there, in order. Skipped, saying so, where LibreOffice is not installed.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck, type LoadedDeck } from '../../../src/load/index.ts';
import { writePptxFile } from '../../../src/outputs/pptx/file.ts';
import type { Point } from '../../../src/outline/types.ts';
import { SOFFICE, convertToPdf } from '../../support/office.ts';
import { readPdf, squash, type PdfPage } from '../../support/pdf.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

if (!SOFFICE)
  console.warn('skipping the LibreOffice test: soffice is not installed (Debian: apt-get install libreoffice-impress)');

const pointTexts = (points: Point[]): string[] => points.flatMap((point) => [point.text, ...pointTexts(point.points)]);

describe.skipIf(!SOFFICE)('the sample’s PowerPoint in LibreOffice Impress', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-office-'));
  let deck: LoadedDeck;
  let slides: PdfPage[];
  let notes: PdfPage[];

  beforeAll(async () => {
    deck = await loadDeck(SAMPLE_OUTLINE);
    const pptx = (await writePptxFile(deck, path.join(dir, 'qunzhong.pptx'))).path;
    const [slidesPdf, notesPdf] = await Promise.all([
      convertToPdf(pptx, dir),
      convertToPdf(pptx, dir, { notes: true }),
    ]);
    // The notes in reading order: a character the stand-in font lacks (焐) is drawn in a fallback font, after the rest of
    // its paragraph. (The slides in drawing order: the large decorative quotation mark stands on a line of the quote.)
    [slides, notes] = await Promise.all([readPdf(slidesPdf), readPdf(notesPdf, { inReadingOrder: true })]);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows a page per slide, 16:9', () => {
    expect(slides).toHaveLength(deck.plan.slides.length);
    for (const page of slides) expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
  });

  it('shows every title and point of every slide, in order', () => {
    deck.plan.slides.forEach((slide, i) => {
      const page = squash(slides[i]!.text);
      const expected = [
        slide.kind === 'divider' ? slide.part.title : slide.title,
        ...(slide.kind === 'content'
          ? slide.blocks.flatMap((block) => (block.kind === 'points' ? pointTexts(block.points) : []))
          : []),
        ...(slide.kind === 'quote' ? [slide.quote.text] : []),
      ].map(squash);
      let from = 0;
      for (const text of expected) {
        const at = page.indexOf(text, from);
        expect(at, `slide ${i + 1}: “${text}” after position ${from} in “${page}”`).toBeGreaterThanOrEqual(0);
        from = at + text.length;
      }
    });
  });

  it('has every slide’s notes on its notes page', () => {
    expect(notes).toHaveLength(deck.plan.slides.length);
    deck.plan.slides.forEach((slide, i) => {
      if (slide.notes) expect(squash(notes[i]!.text), `notes of slide ${i + 1}`).toContain(squash(slide.notes.text));
    });
  });
});
