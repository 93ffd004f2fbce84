// The handout's slides placed as an incremental update: each slide page becomes a form drawn into its frame.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFRawStream, StandardFonts, decodePDFRawStream, rgb } from 'pdf-lib';
import { stampIncrementally } from '../../../../src/outputs/pdf/file/stamp.ts';
import type { Placement } from '../../../../src/outputs/pdf/file/stamp.ts';
import { pdfMetadata, pdfOutline, readPdf } from '../../../support/pdf.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pdf-stamp-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Two slides, each with a coloured box and a line of text in a shared font, as a browser would print them. */
async function slidesPdf(objectStreams = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [i, color] of [rgb(0.7, 0, 0), rgb(0, 0, 0.7)].entries()) {
    const page = doc.addPage([1440, 810]);
    page.drawRectangle({ x: 10, y: 10, width: 100, height: 50, color });
    page.drawText(`Slide number ${i + 1}`, { x: 100, y: 600, size: 48, font });
  }
  return doc.save({ useObjectStreams: objectStreams });
}

/** One A4 sheet with a line of its own. */
async function sheetsPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  doc.addPage([595.28, 841.89]).drawText('Notes beside the slides', { x: 300, y: 700, size: 12, font });
  return doc.save({ useObjectStreams: false });
}

const placements: Placement[] = [0, 1].map((slide) => ({
  slide,
  sheet: 0,
  frame: (height: number) => ({ x: 40, y: height - 200 - slide * 200, width: 240, height: 135 }),
}));

describe('placing the slides on the handout pages', () => {
  it("draws every slide, text and all, on its page, keeps the page's own text, and adds metadata and bookmarks", async () => {
    const stamped = stampIncrementally(
      await sheetsPdf(),
      await slidesPdf(),
      placements,
      { title: '讲义', author: '张三' },
      [{ title: '第一页', page: 0, top: 10, children: [] }],
    )!;
    expect(stamped).toBeDefined();
    expect([stamped.pages, stamped.slides]).toEqual([1, 2]);
    const file = path.join(dir, 'handout.pdf');
    fs.writeFileSync(file, stamped.bytes);
    const [page] = await readPdf(file);
    expect(page!.text).toContain('Notes beside the slides');
    expect(page!.text).toContain('Slide number 1');
    expect(page!.text).toContain('Slide number 2');
    expect(await pdfMetadata(file)).toMatchObject({ title: '讲义', author: '张三', pages: 1 });
    expect((await pdfOutline(file)).map((e) => e.title)).toEqual(['第一页']);

    // Two forms, each the slide's drawing; the font they share is copied once.
    const doc = await PDFDocument.load(stamped.bytes);
    const forms: string[] = [];
    let fonts = 0;
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype'))?.toString() === '/Form') {
        forms.push(new TextDecoder().decode(decodePDFRawStream(object).decode()));
      }
      if (
        'get' in object &&
        typeof object.get === 'function' &&
        String(object.get(PDFName.of('BaseFont'))) === '/Helvetica'
      )
        fonts++;
    }
    expect(forms).toHaveLength(2);
    expect(forms[0]).toContain('0.7 0 0 rg');
    expect(forms[1]).toContain('0 0 0.7 rg');
    expect(fonts).toBe(1);
  });

  it('leaves it to pdf-lib when a file is not laid out as a browser writes it', async () => {
    expect(
      stampIncrementally(await sheetsPdf(), await slidesPdf(true), placements, { title: 't' }, []),
    ).toBeUndefined();
    expect(
      stampIncrementally(await sheetsPdf(), await slidesPdf(), [{ ...placements[0]!, slide: 5 }], { title: 't' }, []),
    ).toBeUndefined();
  });
});
