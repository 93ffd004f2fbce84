// Metadata and bookmarks appended to a PDF as an incremental update, read back by pdf.js and pdf-lib.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { landing, outlineEntries } from '../../../../src/outputs/pdf/bookmarks.ts';
import type { Bookmark } from '../../../../src/outputs/pdf/bookmarks.ts';
import { writeBookmarks } from '../../../../src/outputs/pdf/file/pdf-lib.ts';
import { fileSource, readUpdatablePdf } from '../../../../src/outputs/pdf/file/read.ts';
import type { UpdatablePdf } from '../../../../src/outputs/pdf/file/read.ts';
import { decodePdfString, parseDict, pdfText } from '../../../../src/outputs/pdf/file/syntax.ts';
import { updatedPdf } from '../../../../src/outputs/pdf/file/write.ts';
import { saveBrowserPdf, saveStreamedPdf } from '../../../../src/outputs/pdf/save.ts';
import { pdfMetadata, pdfOutline } from '../../../support/pdf.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pdf-update-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A PDF laid out as Chromium writes them: a classic cross-reference table, pages of two sizes, and an outline. */
async function browserLikePdf(options: { objectStreams?: boolean; outline?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('index.html?print-pdf');
  for (let i = 0; i < 4; i++) doc.addPage(i === 3 ? [595, 842] : [1440, 810]);
  if (options.outline !== false) {
    writeBookmarks(doc, [
      {
        title: '一、标题（含括号）',
        page: 0,
        top: 10,
        children: [{ title: 'Slide (2) \\ two', page: 1, top: 100, children: [] }],
      },
      { title: '讲稿', page: 3, top: 42, children: [] },
    ]);
  }
  return doc.save({ useObjectStreams: options.objectStreams ?? false });
}

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const BOOKMARKS: Bookmark[] = [
  { title: '提升做好新时代群众工作的能力', page: 0, children: [] },
  {
    title: '一、紧跟时代步伐',
    page: 1,
    children: [
      { title: '看清群众工作对象的新变化', page: 2, children: [] },
      { title: 'A4 page, 42 pt down', page: 3, top: 42, children: [] },
    ],
  },
];

describe('reading a browser-made PDF', () => {
  it('finds every page, in order, with its height, and the outline the browser wrote', async () => {
    const pdf = readUpdatablePdf(await browserLikePdf())!;
    expect(pdf).toBeDefined();
    expect(pdf.pages.map((p) => p.height)).toEqual([810, 810, 810, 842]);
    expect(pdf.outline).toEqual([
      { title: '一、标题（含括号）', page: 0, top: 10 },
      { title: 'Slide (2) \\ two', page: 1, top: 100 },
      { title: '讲稿', page: 3, top: 42 },
    ]);
  });

  it('declines a file it does not understand, so the caller falls back to pdf-lib', async () => {
    expect(readUpdatablePdf(await browserLikePdf({ objectStreams: true }))).toBeUndefined();
    expect(readUpdatablePdf(new TextEncoder().encode('%PDF-1.4\nnot really\n'))).toBeUndefined();
    expect(readUpdatablePdf(new Uint8Array())).toBeUndefined();
    // an update of an update (a /Prev chain) is not what a browser writes
    const once = updatedPdf(readUpdatablePdf(await browserLikePdf())!, { title: 't' }, []);
    expect(readUpdatablePdf(once)).toBeUndefined();
  });
});

describe('reading a PDF from its file', () => {
  /** Every object the reader reaches, as text and stream data, from the catalog and the pages. */
  function objects(pdf: UpdatablePdf): string[] {
    const seen: string[] = [];
    for (let num = 1; num < pdf.size; num++) {
      const object = pdf.object(num);
      seen.push(object ? `${object.text}|${object.data ? Buffer.from(object.data).toString('base64') : ''}` : '-');
    }
    return seen;
  }

  it('finds the same pages, outline and objects as from the bytes, reading only what it is asked for', async () => {
    const raw = await browserLikePdf();
    const file = write('from-file.pdf', raw);
    const source = fileSource(file);
    let read = 0;
    const counted = {
      size: source.size,
      read: (from: number, to: number) => {
        read += to - from;
        return source.read(from, to);
      },
    };
    const fromFile = readUpdatablePdf(counted)!;
    const fromBytes = readUpdatablePdf(raw)!;
    expect(fromFile).toBeDefined();
    expect(fromFile.pages.map((p) => [p.ref, p.box, p.contents])).toEqual(
      fromBytes.pages.map((p) => [p.ref, p.box, p.contents]),
    );
    expect(fromFile.outline).toEqual(fromBytes.outline);
    expect(objects(fromFile)).toEqual(objects(fromBytes));
    // and an update of it is the same file either way
    expect(Buffer.from(updatedPdf(fromFile, { title: '标题' }, BOOKMARKS))).toEqual(
      Buffer.from(updatedPdf(readUpdatablePdf(raw)!, { title: '标题' }, BOOKMARKS)),
    );
    expect(read).toBeGreaterThan(0);
  });

  it('reads a file with incremental updates, each object from the newest section that has it', async () => {
    const once = updatedPdf(readUpdatablePdf(await browserLikePdf())!, { title: '第一次' }, BOOKMARKS);
    const twice = updatedPdf(readUpdatablePdf(once, { updated: true })!, { title: '第二次' }, []);
    const file = write('updated-twice.pdf', twice);
    // refused unless an updated file is asked for
    expect(readUpdatablePdf(fileSource(file))).toBeUndefined();
    const pdf = readUpdatablePdf(fileSource(file), { updated: true })!;
    expect(pdf).toBeDefined();
    expect(pdf.pages).toHaveLength(4);
    expect(decodePdfString(pdf.info.get('Title')!)).toBe('第二次');
    // the second update left out the outline: the catalog read is the newest, without one
    expect(pdf.catalog.has('Outlines')).toBe(false);
    expect(objects(pdf)).toEqual(objects(readUpdatablePdf(twice, { updated: true })!));
    expect((await pdfMetadata(file)).title).toBe('第二次');
  });

  it('declines a file whose cross-reference section is a stream, and a file cut short', async () => {
    const streamed = write('xref-stream.pdf', await browserLikePdf({ objectStreams: true }));
    expect(fs.readFileSync(streamed, 'latin1')).toMatch(/\/Type\s*\/XRef/);
    expect(readUpdatablePdf(fileSource(streamed))).toBeUndefined();
    expect(readUpdatablePdf(fileSource(streamed), { updated: true })).toBeUndefined();
    const raw = await browserLikePdf();
    const cut = write('cut.pdf', raw.subarray(0, Math.floor(raw.length / 2)));
    expect(readUpdatablePdf(fileSource(cut))).toBeUndefined();
  });
});

describe('a PDF streamed to its file', () => {
  /** `bytes` as the browser's stream hands them over: in pieces. */
  function streamed(bytes: Uint8Array): ReadableStream<Uint8Array> {
    return new ReadableStream({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 1000) controller.enqueue(bytes.slice(at, at + 1000));
        controller.close();
      },
    });
  }

  it('is saved as the same file as one held whole, and leaves nothing beside it', async () => {
    for (const objectStreams of [false, true]) {
      const raw = await browserLikePdf({ objectStreams });
      const folder = fs.mkdtempSync(path.join(dir, 'streamed-'));
      const held = await saveBrowserPdf(raw, path.join(folder, 'held.pdf'), { title: '标题' }, () => BOOKMARKS);
      const target = path.join(folder, 'streamed.pdf');
      const saved = await saveStreamedPdf(streamed(raw), target, { title: '标题' }, ({ pages }) =>
        pages === 4 ? BOOKMARKS : [],
      );
      expect(saved.pages).toBe(held.pages);
      expect(saved.bytes).toBe(fs.statSync(target).size);
      // (pdf-lib's rewrite of a file the update declines dates it: compared by what readers see)
      if (!objectStreams) expect(fs.readFileSync(target)).toEqual(fs.readFileSync(held.path));
      expect(await pdfOutline(target)).toEqual(await pdfOutline(held.path));
      expect(fs.readdirSync(folder).sort()).toEqual(['held.pdf', 'streamed.pdf']);
    }
  });
});

describe('the update', () => {
  it("keeps the browser's bytes as they are and appends after them", async () => {
    const raw = await browserLikePdf();
    const updated = updatedPdf(readUpdatablePdf(raw)!, { title: '标题' }, BOOKMARKS);
    expect(Buffer.from(updated.subarray(0, raw.length)).equals(Buffer.from(raw))).toBe(true);
    expect(new TextDecoder().decode(updated.subarray(raw.length))).toMatch(
      /\/Prev \d+[\s\S]*startxref\s+\d+\s+%%EOF\n$/,
    );
  });

  it("gives readers our title, author and subject, and replaces the browser's outline with our bookmarks", async () => {
    const updated = updatedPdf(
      readUpdatablePdf(await browserLikePdf())!,
      { title: '提升做好新时代群众工作的能力（讲义）', author: '张三', subject: '专题学习会' },
      BOOKMARKS,
    );
    const file = write('updated.pdf', updated);
    expect(await pdfMetadata(file)).toEqual({
      title: '提升做好新时代群众工作的能力（讲义）',
      author: '张三',
      subject: '专题学习会',
      pages: 4,
    });
    const outline = await pdfOutline(file);
    expect(outline).toEqual([
      { title: '提升做好新时代群众工作的能力', page: 1, children: [] },
      {
        title: '一、紧跟时代步伐',
        page: 2,
        children: [
          { title: '看清群众工作对象的新变化', page: 3, children: [] },
          { title: 'A4 page, 42 pt down', page: 4, children: [] },
        ],
      },
    ]);
    // pdf-lib reads it too
    const again = await PDFDocument.load(updated, { updateMetadata: false });
    expect([again.getPageCount(), again.getTitle()]).toEqual([4, '提升做好新时代群众工作的能力（讲义）']);
  });

  it('leaves out the outline when there are no bookmarks, and still sets the language', async () => {
    const updated = updatedPdf(readUpdatablePdf(await browserLikePdf())!, { title: 'T' }, []);
    const file = write('no-bookmarks.pdf', updated);
    expect(await pdfOutline(file)).toEqual([]);
    const tail = new TextDecoder('latin1').decode(updated.subarray(updated.length - 2000));
    expect(tail).toContain(`/Lang ${pdfText('zh-CN')}`);
    expect(tail).not.toContain('/PageMode');
  });
});

describe('PDF syntax', () => {
  it('splits a dictionary into its entries, nested values and strings kept whole', () => {
    const dict = parseDict(
      '<</Type /Catalog /Pages 75 0 R /MarkInfo <</Marked true>> /Kids [1 0 R 2 0 R] /T (a (b) \\) c) /H <FEFF0041> /N -1.5 /B false>>',
    );
    expect([...dict]).toEqual([
      ['Type', '/Catalog'],
      ['Pages', '75 0 R'],
      ['MarkInfo', '<</Marked true>>'],
      ['Kids', '[1 0 R 2 0 R]'],
      ['T', '(a (b) \\) c)'],
      ['H', '<FEFF0041>'],
      ['N', '-1.5'],
      ['B', 'false'],
    ]);
  });

  it('decodes text strings: UTF-16 hex, literal with escapes, and round-trips what we write', () => {
    expect(decodePdfString('<FEFF4E00002C0041>')).toBe('一,A');
    expect(decodePdfString('(a\\(b\\)\\\\c\\101)')).toBe('a(b)\\cA');
    expect(decodePdfString(pdfText('讲稿（第 1 页）'))).toBe('讲稿（第 1 页）');
  });
});

describe('the outline both writers serialise', () => {
  it('links each entry to its parent, siblings and children, every entry open', () => {
    const { entries, first, last, count } = outlineEntries([
      { title: 'A', page: 0, children: [] },
      {
        title: 'B',
        page: 1,
        children: [
          { title: 'B1', page: 2, children: [] },
          { title: 'B2', page: 3, top: 5, children: [] },
        ],
      },
    ]);
    expect(entries.map((e) => e.title)).toEqual(['A', 'B', 'B1', 'B2']);
    expect([first, last, count]).toEqual([0, 1, 4]);
    expect(entries.map(({ parent, prev, next, first: f, last: l, count: c }) => [parent, prev, next, f, l, c])).toEqual(
      [
        [-1, -1, 1, -1, -1, 0],
        [-1, 0, -1, 2, 3, 2],
        [1, -1, 3, -1, -1, 0],
        [1, 2, -1, -1, -1, 0],
      ],
    );
  });

  it('lands on a page inside the document, at the place measured from its top', () => {
    expect(landing({ page: 9 }, [842, 842])).toEqual({ page: 1 });
    expect(landing({ page: -1, top: 42.123 }, [842, 810])).toEqual({ page: 0, y: 799.88 });
  });
});

describe('bytes that are not ASCII', () => {
  /** A browser-like PDF whose catalog holds a literal string with bytes ≥ 0x80 (é is 0xE9; 0x80 and 0x9F are the
   *  bytes windows-1252 would turn into other characters). */
  async function withLatinCatalog(): Promise<{ bytes: Uint8Array; raw: number[] }> {
    const doc = await PDFDocument.create();
    doc.addPage([1440, 810]);
    const raw = [0x63, 0x61, 0x66, 0xe9, 0x80, 0x9f, 0xff];
    doc.catalog.set(PDFName.of('SdTest'), PDFString.of(String.fromCharCode(...raw)));
    return { bytes: await doc.save({ useObjectStreams: false }), raw };
  }

  it('are written back as the same bytes, in values the update copies (a catalog string `(café…)`)', async () => {
    const { bytes, raw } = await withLatinCatalog();
    const pdf = readUpdatablePdf(bytes)!;
    expect(pdf).toBeDefined();
    const updated = updatedPdf(pdf, { title: '标题' }, BOOKMARKS.slice(0, 1));
    const appended = Buffer.from(updated.subarray(bytes.length));
    const literal = Buffer.from([0x28, ...raw, 0x29]);
    expect(appended.indexOf(literal)).toBeGreaterThan(-1);
    // and the whole file still reads: a reader finds the string, byte for byte
    const reread = await PDFDocument.load(updated, { updateMetadata: false });
    const value = reread.catalog.lookup(PDFName.of('SdTest'));
    expect(value).toBeInstanceOf(PDFString);
    expect([...(value as PDFString).asBytes()]).toEqual(raw);
  });
});
