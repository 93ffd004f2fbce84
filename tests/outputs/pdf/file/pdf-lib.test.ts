// The pdf-lib fallback, forced: a handout placed and a browser's PDF finished by rewriting them whole, as happens
// when a file is not laid out as Chromium writes PDFs (here: files saved with object streams, which the incremental
// update declines).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { placeSlides } from '../../../../src/outputs/pdf/file/place.ts';
import type { Placing } from '../../../../src/outputs/pdf/file/placing.ts';
import { readUpdatablePdf } from '../../../../src/outputs/pdf/file/read.ts';
import { saveBrowserPdf } from '../../../../src/outputs/pdf/save.ts';
import { pdfMetadata, pdfOutline, readPdf } from '../../../support/pdf.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pdf-lib-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Two slides with a coloured box and a line of text each; `objectStreams` makes the file one the update declines. */
async function slidesPdf(objectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [i, color] of [rgb(0.7, 0, 0), rgb(0, 0, 0.7)].entries()) {
    const page = doc.addPage([1440, 810]);
    page.drawRectangle({ x: 10, y: 10, width: 100, height: 50, color });
    page.drawText(`Slide number ${i + 1}`, { x: 100, y: 600, size: 48, font });
  }
  return doc.save({ useObjectStreams: objectStreams });
}

async function sheetsPdf(objectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  doc.addPage([595.28, 841.89]).drawText('Notes beside the slides', { x: 300, y: 700, size: 12, font });
  return doc.save({ useObjectStreams: objectStreams });
}

async function placing(objectStreams: boolean): Promise<Placing> {
  return {
    sheetsPdf: await sheetsPdf(objectStreams),
    slidesPdf: await slidesPdf(objectStreams),
    placements: [0, 1].map((slide) => ({
      slide,
      sheet: 0,
      frame: (height: number) => ({ x: 40, y: height - 200 - slide * 200, width: 240, height: 135 }),
    })),
    info: { title: '讲义', author: '张三', subject: '交流会' },
    bookmarks: [{ title: '第一页', page: 0, top: 10, children: [] }],
  };
}

async function readBack(bytes: Uint8Array, name: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return { pages: await readPdf(file), meta: await pdfMetadata(file), outline: await pdfOutline(file) };
}

describe('placing the slides with pdf-lib', () => {
  it('is what happens to files the incremental update declines, and it draws every slide with its text', async () => {
    const input = await placing(true);
    expect(readUpdatablePdf(input.sheetsPdf)).toBeUndefined();
    const placed = await placeSlides(input);
    expect([placed.pages, placed.slides]).toEqual([1, 2]);
    const { pages, meta, outline } = await readBack(placed.bytes, 'fallback.pdf');
    expect(pages[0]!.text).toContain('Notes beside the slides');
    expect(pages[0]!.text).toContain('Slide number 1');
    expect(pages[0]!.text).toContain('Slide number 2');
    expect(meta).toMatchObject({ title: '讲义', author: '张三', subject: '交流会', pages: 1 });
    expect(outline.map((entry) => [entry.title, entry.page])).toEqual([['第一页', 1]]);
  });

  it('gives the same pages and text as the incremental update, when forced on files both can read', async () => {
    const input = await placing(false);
    const update = await readBack((await placeSlides(input)).bytes, 'update.pdf');
    const forced = await readBack((await placeSlides(input, { via: 'pdf-lib' })).bytes, 'forced.pdf');
    expect(forced.pages.map((p) => [p.width, p.height, p.text])).toEqual(
      update.pages.map((p) => [p.width, p.height, p.text]),
    );
    expect(forced.outline).toEqual(update.outline);
  });

  it('skips a placement of a slide the slides PDF does not have, rather than failing half-way', async () => {
    const input = await placing(true);
    const placed = await placeSlides({
      ...input,
      placements: [...input.placements, { ...input.placements[0]!, slide: 7 }],
    });
    expect(placed.slides).toBe(2);
  });
});

describe('finishing a browser PDF with pdf-lib', () => {
  it('sets the metadata and bookmarks of a file the update declines, and writes it whole', async () => {
    const target = path.join(dir, 'slides.pdf');
    const written = await saveBrowserPdf(
      await slidesPdf(true),
      target,
      { title: '幻灯片', author: '李四' },
      ({ pages }) => Array.from({ length: pages }, (_, page) => ({ title: `第 ${page + 1} 页`, page, children: [] })),
    );
    expect(written).toMatchObject({ path: target, pages: 2, bytes: fs.statSync(target).size });
    expect(await pdfMetadata(target)).toMatchObject({ title: '幻灯片', author: '李四', pages: 2 });
    expect((await pdfOutline(target)).map((entry) => entry.title)).toEqual(['第 1 页', '第 2 页']);
  });
});
