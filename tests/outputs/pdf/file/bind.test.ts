// PDFs bound into one file written as it goes (the meeting's bound PDF): pages copied or fitted onto a sheet, a foot
// line on each, bookmarks, a source that cannot be copied left out whole; read back by pdf.js, pdf-lib and qpdf.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PdfBinding } from '../../../../src/outputs/pdf/file/bind.ts';
import type { PageWork } from '../../../../src/outputs/pdf/file/bind.ts';
import { footFont } from '../../../../src/outputs/pdf/file/foot-font.ts';
import { writeBookmarks } from '../../../../src/outputs/pdf/file/pdf-lib.ts';
import { readUpdatablePdf, resolveDict } from '../../../../src/outputs/pdf/file/read.ts';
import { refNumber } from '../../../../src/outputs/pdf/file/syntax.ts';
import { updatedPdf } from '../../../../src/outputs/pdf/file/write.ts';
import {
  embeddedFonts,
  installed,
  pdfMetadata,
  pdfOutline,
  rasterImages,
  readPdf,
  unembeddedFonts,
} from '../../../support/pdf.ts';
import { png } from '../../../support/pictures.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pdf-bind-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PICTURE = png(8, 8);
const font = await footFont();

/** A PDF laid out as Chromium writes them (a classic cross-reference table), a page per entry of `pages`: its size,
 *  its text, and the same small picture on each. */
async function source(pages: Array<[number, number, string]>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const picture = await doc.embedPng(PICTURE);
  for (const [width, height, text] of pages) {
    const page = doc.addPage([width, height]);
    page.drawText(text, { x: 40, y: height - 80, size: 24, font });
    page.drawImage(picture, { x: 40, y: 40, width: 16, height: 16 });
  }
  writeBookmarks(
    doc,
    pages.map(([, , text], page) => ({ title: text, page, children: [] })),
  );
  return doc.save({ useObjectStreams: false });
}

/** A4 as it is; anything else fitted onto landscape A4; every page numbered from 1. */
const work = (page: { width: number; height: number }, index: number): PageWork => ({
  ...(Math.abs(page.width - 595.28) < 2
    ? {}
    : { fit: { size: { width: 841.89, height: 595.28 }, box: { x: 36, y: 48, width: 769.89, height: 433.06 } } }),
  foot: `- ${index + 1} -`,
});

describe('binding PDFs into one file as it goes', () => {
  it('copies A4 pages, fits slides onto A4 sheets, numbers every page, and keeps the bookmarks given', async () => {
    const handout = readUpdatablePdf(
      await source([
        [595.28, 841.89, 'Handout one'],
        [595.28, 841.89, 'Handout two'],
      ]),
    )!;
    // a file with an update of its own (our handouts and slides PDFs are): each object from the newest section
    const slidesRaw = await source([
      [1440, 810, 'Slide one'],
      [1440, 810, 'Slide two'],
      [1440, 810, 'Slide three'],
    ]);
    const updated = updatedPdf(readUpdatablePdf(slidesRaw)!, { title: 'Slides, updated' }, [
      { title: 'First slide', page: 0, children: [] },
      { title: 'Third slide', page: 2, children: [] },
    ]);
    expect(readUpdatablePdf(updated)).toBeUndefined();
    const slides = readUpdatablePdf(updated, { updated: true })!;
    expect(slides.outline.map((entry) => entry.title)).toEqual(['First slide', 'Third slide']);

    const target = path.join(dir, 'bound.pdf');
    const binding = PdfBinding.open(target, font);
    expect(binding.add(handout, work)).toBe(0);
    expect(binding.add(slides, work)).toBe(2);
    const result = await binding.finish({ title: '材料汇编', author: '某某单位' }, [
      { title: '讲义', page: 0, children: [{ title: '第二页', page: 1, children: [] }] },
      {
        title: '幻灯片',
        page: 2,
        children: slides.outline.map((entry) => ({ ...entry, page: entry.page + 2, children: [] })),
      },
    ]);
    expect(result.pages).toBe(5);
    expect(fs.statSync(target).size).toBe(result.bytes);
    expect(fs.readdirSync(dir)).toEqual(['bound.pdf']);

    const pages = await readPdf(target);
    expect(pages.map((page) => [Math.round(page.width), Math.round(page.height)])).toEqual([
      [595, 842],
      [595, 842],
      [842, 595],
      [842, 595],
      [842, 595],
    ]);
    expect(pages.map((page) => page.text)).toEqual([
      'Handout one- 1 -',
      'Handout two- 2 -',
      'Slide one- 3 -',
      'Slide two- 4 -',
      'Slide three- 5 -',
    ]);
    expect(await pdfOutline(target)).toEqual([
      { title: '讲义', page: 1, children: [{ title: '第二页', page: 2, children: [] }] },
      {
        title: '幻灯片',
        page: 3,
        children: [
          { title: 'First slide', page: 3, children: [] },
          { title: 'Third slide', page: 5, children: [] },
        ],
      },
    ]);
    expect(await pdfMetadata(target)).toMatchObject({ title: '材料汇编', author: '某某单位', pages: 5 });
    // the picture every page shows, in both files, is stored once
    expect(await rasterImages(target)).toBe(1);
    // the page numbers in the deck's own sans, embedded (cut to a foot line's characters), and once for the file:
    // the only fonts not embedded are the two sources' own Helvetica
    expect(await embeddedFonts(target)).toEqual(['NotoSansSC-Regular']);
    expect(await unembeddedFonts(target)).toEqual(['Helvetica', 'Helvetica']);
    expect(font.glyphs.size).toBeLessThan(20);
    if (installed('qpdf')) execFileSync('qpdf', ['--check', target], { stdio: 'ignore' });
    else console.warn('qpdf is not installed: the bound file is not checked by it');
  });

  it('leaves out, whole, a source that cannot be copied, and the file stays valid', async () => {
    const good = readUpdatablePdf(await source([[595.28, 841.89, 'Kept']]))!;
    const broken = readUpdatablePdf(await source([[595.28, 841.89, 'Lost']]))!;
    // one object its page uses is missing from the file
    const fonts = resolveDict(broken, resolveDict(broken, broken.pages[0]!.resources)?.get('Font'))!;
    const missing = refNumber([...fonts.values()][0])!;
    const object = broken.object.bind(broken);
    broken.object = (num) => (num === missing ? undefined : object(num));

    const target = path.join(dir, 'partly.pdf');
    const binding = PdfBinding.open(target, font);
    binding.add(good, work);
    expect(() => binding.add(broken, work)).toThrow(/missing/);
    expect(binding.pages).toBe(1);
    binding.add(good, work);
    await binding.finish({ title: 'Partly' }, []);
    expect((await readPdf(target)).map((page) => page.text)).toEqual(['Kept- 1 -', 'Kept- 2 -']);
    if (installed('qpdf')) execFileSync('qpdf', ['--check', target], { stdio: 'ignore' });
    fs.rmSync(target);
  });

  it('leaves nothing behind when abandoned', async () => {
    const target = path.join(dir, 'abandoned.pdf');
    const binding = PdfBinding.open(target, font);
    binding.add(readUpdatablePdf(await source([[595.28, 841.89, 'Page']]))!, work);
    await binding.abandon();
    expect(fs.readdirSync(dir).filter((name) => name.includes('abandoned'))).toEqual([]);
  });
});
