// A browser-made PDF read for an incremental update: its cross-reference table, page tree, outline, catalog and any
// object on demand, each object read only when asked for. Only a classic cross-reference table as Chromium writes it
// is understood; for anything else the reader returns undefined and the caller falls back to pdf-lib. The PDF is read
// from bytes in memory or from its file on disk (`fileSource`): from a file, only the cross-reference table and the
// objects asked for are read, each by its offset, so that a large PDF is never held whole.
import fs from 'node:fs';
import type { Place } from '../bookmarks.ts';
import { decodePdfString, matchingEnd, parseDict, pdfBytes, refNumber } from './syntax.ts';

/** One page of a PDF: its object, its size, and its content and resources as raw PDF text. */
interface PdfPage {
  ref: number;
  /** The MediaBox: x0, y0, x1, y1 in points. */
  box: [number, number, number, number];
  height: number;
  /** `12 0 R` or `[12 0 R 13 0 R]`; none on a blank page. */
  contents?: string;
  /** An inline dictionary or `12 0 R` (inherited from the page tree when the page has none). */
  resources: string;
  dict: Map<string, string>;
}

/** An object as stored: its text (a dictionary or other value) and, for a stream, its data as stored (encoded). */
export interface PdfObject {
  text: string;
  dict?: Map<string, string>;
  data?: Uint8Array;
}

/** Where a PDF's bytes are read from: `read(from, to)` gives bytes `from`–`to` (fewer at the end of the file). */
export interface PdfSource {
  size: number;
  read(from: number, to: number): Uint8Array;
}

/** A PDF held in memory. */
function bytesSource(bytes: Uint8Array): PdfSource & { bytes: Uint8Array } {
  return { bytes, size: bytes.length, read: (from, to) => bytes.subarray(from, Math.min(to, bytes.length)) };
}

/** A PDF in a file, read piece by piece where asked (the file is opened for each read: nothing is left open). */
export function fileSource(file: string): PdfSource & { file: string } {
  const size = fs.statSync(file).size;
  return {
    file,
    size,
    read(from, to) {
      const length = Math.max(0, Math.min(to, size) - from);
      const bytes = Buffer.alloc(length);
      const fd = fs.openSync(file, 'r');
      try {
        let done = 0;
        while (done < length) {
          const got = fs.readSync(fd, bytes, done, length - done, from + done);
          if (got === 0) break;
          done += got;
        }
        return done === length ? bytes : bytes.subarray(0, done);
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

/** A PDF whose structure we understood. */
export interface UpdatablePdf {
  source: PdfSource;
  pages: PdfPage[];
  /** The browser's own outline (`page.pdf({ outline: true })`), entries in document order. */
  outline: Array<Place & { title: string }>;
  root: number;
  catalog: Map<string, string>;
  /** The old Info dictionary's entries, for the dates the browser set. */
  info: Map<string, string>;
  size: number;
  startxref: number;
  id?: string;
  object(num: number): PdfObject | undefined;
  /** Lets go of the objects read so far (each is read again if asked for): a file copied whole need not hold them. */
  forget(): void;
}

/** Reads what an update needs; undefined when the file is not laid out the way Chromium writes PDFs. With
 *  `updated`, a file with incremental updates of its own (our handout and slides PDFs: the browser's file and our
 *  update after it) is read too, each object from the newest section that has it; without, such a file is refused
 *  (updating it again is not what the update is for). */
export function readUpdatablePdf(
  pdf: Uint8Array | PdfSource,
  options: { updated?: boolean } = {},
): UpdatablePdf | undefined {
  try {
    return read(pdf instanceof Uint8Array ? bytesSource(pdf) : pdf, options.updated ?? false);
  } catch {
    return undefined;
  }
}

function read(bytes: PdfSource, updated: boolean): UpdatablePdf | undefined {
  const tail = pdfBytes.text(bytes.read(Math.max(0, bytes.size - 1024), bytes.size));
  const at = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!at) return undefined;
  const startxref = Number(at[1]);
  const xref = updated ? parseXrefChain(bytes, startxref) : parseXref(bytes, startxref);
  if (!xref) return undefined;
  // A file that was updated before has older sections too (/Prev): not what the browser writes.
  if (!updated && /\/Prev\b/.test(xref.trailer)) return undefined;
  const trailer = parseDict(xref.trailer);
  const root = refNumber(trailer.get('Root'));
  const size = Number(trailer.get('Size'));
  if (root === undefined || !Number.isInteger(size)) return undefined;
  const cache = new Map<number, PdfObject | undefined>();
  const object = (num: number): PdfObject | undefined => {
    if (!cache.has(num)) {
      const offset = xref.offsets.get(num);
      cache.set(num, offset === undefined ? undefined : readObject(bytes, offset, num, (ref) => object(ref)?.text));
    }
    return cache.get(num);
  };
  const catalog = object(root)?.dict;
  if (!catalog) return undefined;
  const pages = pageList(object, refNumber(catalog.get('Pages')));
  if (!pages?.length) return undefined;
  const infoRef = refNumber(trailer.get('Info'));
  const info = (infoRef === undefined ? undefined : object(infoRef)?.dict) ?? new Map<string, string>();
  const outline = readOutline(object, refNumber(catalog.get('Outlines')), pages);
  const id = trailer.get('ID');
  const forget = () => cache.clear();
  return {
    source: bytes,
    pages,
    outline,
    root,
    catalog,
    info,
    size,
    startxref,
    object,
    forget,
    ...(id ? { id } : {}),
  };
}

/** The cross-reference sections of a file and its updates, newest first (each trailer's /Prev the one before it): an
 *  object's offset from the newest section that lists it (freed there: none); the newest trailer. */
function parseXrefChain(bytes: PdfSource, start: number): Xref | undefined {
  const newest = parseXref(bytes, start);
  if (!newest) return undefined;
  const offsets = new Map(newest.offsets);
  const listed = new Set([...newest.offsets.keys(), ...newest.freed]);
  const visited = new Set([start]);
  for (let section = newest; ; ) {
    const prev = parseDict(section.trailer).get('Prev');
    if (prev === undefined) break;
    const at = Number(prev);
    if (!Number.isInteger(at) || visited.has(at)) return undefined;
    visited.add(at);
    const older = parseXref(bytes, at);
    if (!older) return undefined;
    for (const [num, offset] of older.offsets) if (!listed.has(num)) offsets.set(num, offset);
    for (const num of [...older.offsets.keys(), ...older.freed]) listed.add(num);
    section = older;
  }
  return { offsets, freed: new Set(), trailer: newest.trailer };
}

interface Xref {
  offsets: Map<number, number>;
  /** objects the section lists as free */
  freed: Set<number>;
  trailer: string;
}

/** A classic `xref` table (all its subsections) and the trailer dictionary after it. */
function parseXref(bytes: PdfSource, start: number): Xref | undefined {
  if (pdfBytes.text(bytes.read(start, start + 4)) !== 'xref') return undefined;
  const text = xrefText(bytes, start);
  const offsets = new Map<number, number>();
  const freed = new Set<number>();
  const section = /(\d+) (\d+)\s*\r?\n/y;
  let at = 4;
  while (/\s/.test(text[at] ?? '')) at++;
  for (;;) {
    section.lastIndex = at;
    const match = section.exec(text);
    if (!match) break;
    const first = Number(match[1]);
    const count = Number(match[2]);
    at = section.lastIndex;
    for (let i = 0; i < count; i++) {
      const entry = text.slice(at, at + 20);
      if (!/^\d{10} \d{5} [nf]/.test(entry)) return undefined;
      // Objects of a generation other than 0 are not what a browser writes.
      if (entry[17] === 'n') {
        if (entry.slice(11, 16) !== '00000') return undefined;
        offsets.set(first + i, Number(entry.slice(0, 10)));
      } else freed.add(first + i);
      at += 20;
    }
  }
  const trailer = /^\s*trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text.slice(at));
  if (!trailer) return undefined;
  return { offsets, freed, trailer: trailer[1]! };
}

/** The text of a cross-reference section and its trailer: read in growing windows up to the trailer's `startxref`
 *  (an older section of an updated file is followed by the objects of the update, which need not be read). */
function xrefText(bytes: PdfSource, start: number): string {
  for (let size = 64 * 1024; ; size *= 4) {
    const text = pdfBytes.text(bytes.read(start, start + size));
    if (start + size >= bytes.size || /trailer\s*<<[\s\S]*?>>\s*startxref/.test(text)) return text;
  }
}

/** Object `num` at `offset`: its value's text and, for a stream, its data (`lookup` resolves an indirect /Length). */
function readObject(
  bytes: PdfSource,
  offset: number,
  num: number,
  lookup: (ref: number) => string | undefined,
): PdfObject | undefined {
  // Read a small window first; a large dictionary (a font's widths) gets a larger one.
  for (let size = 4096; ; size *= 4) {
    const window = pdfBytes.text(bytes.read(offset, offset + size));
    const header = new RegExp(`^${num}\\s+0\\s+obj\\s*`).exec(window);
    if (!header) return undefined;
    const start = header[0].length;
    const whole = offset + size >= bytes.size;
    if (!window.startsWith('<<', start)) {
      const end = window.indexOf('endobj', start);
      if (end >= 0) return { text: ownText(window, start, end).trim() };
      if (whole) return undefined;
      continue;
    }
    let end: number;
    try {
      end = matchingEnd(window, start);
    } catch (error) {
      if (whole) throw error;
      continue;
    }
    // The `stream` keyword after the dictionary must be inside the window too.
    if (end + 16 > window.length && !whole) continue;
    const text = ownText(window, start, end);
    const dict = parseDict(text);
    const stream = /^\s*stream\r?\n/.exec(window.slice(end, end + 16));
    if (!stream) return { text, dict };
    const lengthValue = dict.get('Length') ?? '';
    const lengthRef = refNumber(lengthValue);
    const length = Number(lengthRef === undefined ? lengthValue : lookup(lengthRef));
    if (!Number.isInteger(length) || length < 0) return undefined;
    const dataStart = offset + end + stream[0].length;
    if (dataStart + length > bytes.size) return undefined;
    return { text, dict, data: bytes.read(dataStart, dataStart + length) };
  }
}

/** Characters `from`–`to` of the window as a string of their own. A slice of the window would keep the whole window
 *  (4 KB or more) alive for as long as the object is cached: at 3,000 slides, tens of megabytes for a few hundred
 *  bytes an object. (Read back from its bytes, the copy is flat.) */
function ownText(window: string, from: number, to: number): string {
  return pdfBytes.text(pdfBytes.of(window.slice(from, to)));
}

/** The leaves of the page tree in order, with what a page may inherit (MediaBox, Resources) filled in. */
function pageList(object: (num: number) => PdfObject | undefined, pagesRef: number | undefined): PdfPage[] | undefined {
  if (pagesRef === undefined) return undefined;
  const pages: PdfPage[] = [];
  const visit = (
    num: number,
    inherited: { box?: string | undefined; resources?: string | undefined },
    depth: number,
  ): boolean => {
    const dict = object(num)?.dict;
    if (!dict || depth > 32) return false;
    const here = {
      box: dict.get('MediaBox') ?? inherited.box,
      resources: dict.get('Resources') ?? inherited.resources,
    };
    if (dict.get('Type') === '/Page') {
      const box = here.box?.match(/-?[\d.]+/g)?.map(Number);
      const contents = dict.get('Contents');
      if (!box || box.length !== 4 || !here.resources) return false;
      pages.push({
        ref: num,
        box: box as PdfPage['box'],
        height: box[3]! - box[1]!,
        ...(contents ? { contents } : {}),
        resources: here.resources,
        dict,
      });
      return true;
    }
    if (dict.get('Type') !== '/Pages') return false;
    const kids = [...(dict.get('Kids') ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
    return kids.every((kid) => visit(kid, here, depth + 1));
  };
  return visit(pagesRef, {}, 0) ? pages : undefined;
}

/** The entries of an existing outline, depth first, with the page each jumps to and its top in points. */
function readOutline(
  object: (num: number) => PdfObject | undefined,
  outlinesRef: number | undefined,
  pages: PdfPage[],
): UpdatablePdf['outline'] {
  const found: UpdatablePdf['outline'] = [];
  if (outlinesRef === undefined) return found;
  const index = new Map(pages.map((page, i) => [page.ref, i]));
  const seen = new Set<number>();
  const visit = (first: number | undefined, depth: number) => {
    for (let num = first; num !== undefined && depth < 32 && !seen.has(num); ) {
      seen.add(num);
      const item = object(num)?.dict;
      if (!item) return;
      const dest = /^\[\s*(\d+)\s+0\s+R\s*\/XYZ\s+(\S+)\s+(\S+)/.exec(item.get('Dest') ?? '');
      const title = item.get('Title');
      const page = dest ? index.get(Number(dest[1])) : undefined;
      if (dest && title && page !== undefined) {
        const y = Number(dest[3]);
        found.push({
          title: decodePdfString(title),
          page,
          ...(Number.isFinite(y) ? { top: pages[page]!.height - y } : {}),
        });
      }
      visit(refNumber(item.get('First')), depth + 1);
      num = refNumber(item.get('Next'));
    }
  };
  visit(refNumber(object(outlinesRef)?.dict?.get('First')), 0);
  return found;
}

/** A dictionary value that may be given inline or by reference, as its entries. */
export function resolveDict(pdf: UpdatablePdf, value: string | undefined): Map<string, string> | undefined {
  if (value === undefined) return undefined;
  const ref = refNumber(value);
  return ref === undefined ? parseDict(value) : pdf.object(ref)?.dict;
}
