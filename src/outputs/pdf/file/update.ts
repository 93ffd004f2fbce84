// Changes to a browser-made PDF written as an incremental update: new and replaced objects, our metadata, bookmarks
// and catalog, and a cross-reference section, appended after the browser's bytes, which stay as they are
// (PDF 1.7, 7.5.6). A rewrite with pdf-lib parses and re-serialises every object: for a 480-slide deck that is
// half a second and some tens of MB per PDF, where this takes milliseconds and holds little more than the file.
// It reads only what it needs, and only from a classic cross-reference table as Chromium writes it; for anything
// else the reader returns undefined and the caller falls back to pdf-lib.
import { landing, outlineEntries } from '../bookmarks.ts';
import type { Bookmark, Place } from '../bookmarks.ts';
import type { PdfInfo } from '../metadata.ts';

/** One page of a PDF: its object, its size, and its content and resources as raw PDF text. */
export interface PdfPage {
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

/** A PDF whose structure we understood. */
export interface UpdatablePdf {
  bytes: Uint8Array;
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
}

/** PDF syntax is bytes: each byte is read as the character of the same number (ISO 8859-1, which Node's
 *  `latin1` is; the WHATWG decoder of that name is windows-1252, which would change 0x80–0x9F), and written back
 *  the same way, so a byte that passes through the update comes out as it went in. */
export const pdfBytes = {
  text(bytes: Uint8Array): string {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  },
  of(text: string): Uint8Array {
    // Everything we write is read from the file (so below 256) or ASCII; anything else is a bug, never a guess.
    if (/[^\u0000-\u00ff]/.test(text)) throw new Error('a PDF object holds a character that is not a byte');
    return Buffer.from(text, 'latin1');
  },
};

/** Reads what an update needs; undefined when the file is not laid out the way Chromium writes PDFs. */
export function readUpdatablePdf(bytes: Uint8Array): UpdatablePdf | undefined {
  try {
    return read(bytes);
  } catch {
    return undefined;
  }
}

function read(bytes: Uint8Array): UpdatablePdf | undefined {
  const tail = pdfBytes.text(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const at = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!at) return undefined;
  const startxref = Number(at[1]);
  const xref = parseXref(bytes, startxref);
  if (!xref) return undefined;
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
  return { bytes, pages, outline, root, catalog, info, size, startxref, object, ...(id ? { id } : {}) };
}

/** A classic `xref` table (all its subsections) and the trailer dictionary after it. */
function parseXref(bytes: Uint8Array, start: number): { offsets: Map<number, number>; trailer: string } | undefined {
  if (pdfBytes.text(bytes.subarray(start, start + 4)) !== 'xref') return undefined;
  const text = pdfBytes.text(bytes.subarray(start, bytes.length));
  const offsets = new Map<number, number>();
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
      }
      at += 20;
    }
  }
  const trailer = /^\s*trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text.slice(at));
  if (!trailer) return undefined;
  // A file that was updated before has older sections too (/Prev): not what the browser writes.
  if (/\/Prev\b/.test(trailer[1]!)) return undefined;
  return { offsets, trailer: trailer[1]! };
}

/** Object `num` at `offset`: its value's text and, for a stream, its data (`lookup` resolves an indirect /Length). */
function readObject(
  bytes: Uint8Array,
  offset: number,
  num: number,
  lookup: (ref: number) => string | undefined,
): PdfObject | undefined {
  // Read a small window first; a large dictionary (a font's widths) gets a larger one.
  for (let size = 4096; ; size *= 4) {
    const window = pdfBytes.text(bytes.subarray(offset, Math.min(bytes.length, offset + size)));
    const header = new RegExp(`^${num}\\s+0\\s+obj\\s*`).exec(window);
    if (!header) return undefined;
    const start = header[0].length;
    const whole = offset + size >= bytes.length;
    if (!window.startsWith('<<', start)) {
      const end = window.indexOf('endobj', start);
      if (end >= 0) return { text: window.slice(start, end).trim() };
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
    const text = window.slice(start, end);
    const dict = parseDict(text);
    const stream = /^\s*stream\r?\n/.exec(window.slice(end, end + 16));
    if (!stream) return { text, dict };
    const lengthValue = dict.get('Length') ?? '';
    const lengthRef = refNumber(lengthValue);
    const length = Number(lengthRef === undefined ? lengthValue : lookup(lengthRef));
    if (!Number.isInteger(length) || length < 0) return undefined;
    const dataStart = offset + end + stream[0].length;
    if (dataStart + length > bytes.length) return undefined;
    return { text, dict, data: bytes.subarray(dataStart, dataStart + length) };
  }
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

/** The objects an update adds or replaces, numbered from the file's /Size on. */
export class PdfUpdate {
  readonly objects = new Map<number, { text: string; data?: Uint8Array }>();
  next: number;

  constructor(readonly pdf: UpdatablePdf) {
    this.next = pdf.size;
  }

  /** Adds an object (a stream when `data` is given; its /Length is set here) and returns its number. */
  add(text: string, data?: Uint8Array): number {
    const num = this.next++;
    this.set(num, text, data);
    return num;
  }

  /** Writes object `num` (new, or a new version of one in the file). */
  set(num: number, text: string, data?: Uint8Array): void {
    this.objects.set(num, data ? { text, data } : { text });
  }

  /** Copies an object of `source`, and everything it refers to, into this file; returns its new number.
   *  Pages and the document's catalog are never copied: a slide's resources do not lead there. */
  copier(source: UpdatablePdf): (value: string) => string {
    const copied = new Map<number, number>();
    const copyObject = (num: number): number => {
      const known = copied.get(num);
      if (known !== undefined) return known;
      const object = source.object(num);
      if (!object) throw new Error(`object ${num} is missing`);
      const type = object.dict?.get('Type');
      if (type === '/Page' || type === '/Pages' || type === '/Catalog')
        throw new Error(`object ${num} leads to the page tree`);
      const target = this.next++;
      copied.set(num, target);
      if (object.data && object.dict) {
        const entries = [...object.dict]
          .filter(([key]) => key !== 'Length')
          .map(([key, value]) => `/${key} ${copyValue(value)}`);
        this.set(target, dictText(entries), object.data);
      } else {
        this.set(target, copyValue(object.text));
      }
      return target;
    };
    const copyValue = (value: string): string =>
      value.replace(/(\d+)\s+(\d+)\s+R\b/g, (_, num: string) => `${copyObject(Number(num))} 0 R`);
    return copyValue;
  }
}

/** The whole file: the browser's bytes, then the update's objects, Info, bookmarks and a new catalog, then their
 *  cross-reference section and trailer. */
export function updatedPdf(
  pdf: UpdatablePdf,
  info: PdfInfo,
  bookmarks: Bookmark[],
  update = new PdfUpdate(pdf),
  lang = 'zh-CN',
): Uint8Array {
  const dates = ['CreationDate', 'ModDate']
    .filter((key) => pdf.info.has(key))
    .map((key) => `/${key} ${pdf.info.get(key)}`);
  const infoNum = update.add(
    dictText([
      `/Title ${pdfText(info.title)}`,
      ...(info.author ? [`/Author ${pdfText(info.author)}`] : []),
      ...(info.subject ? [`/Subject ${pdfText(info.subject)}`] : []),
      `/Creator ${pdfText('speechdeck')}`,
      `/Producer ${pdfText('speechdeck (Chromium)')}`,
      ...dates,
    ]),
  );

  const catalog = new Map(pdf.catalog);
  for (const key of ['Outlines', 'PageMode', 'Lang', 'ViewerPreferences']) catalog.delete(key);
  catalog.set('ViewerPreferences', '<< /DisplayDocTitle true >>');
  catalog.set('Lang', pdfText(lang));
  if (bookmarks.length) {
    catalog.set('Outlines', `${writeBookmarks(pdf, update, bookmarks)} 0 R`);
    catalog.set('PageMode', '/UseOutlines');
  }
  update.set(pdf.root, dictText([...catalog].map(([key, value]) => `/${key} ${value}`)));

  const chunks: Uint8Array[] = [pdf.bytes];
  let position = pdf.bytes.length;
  const push = (chunk: Uint8Array | string) => {
    const bytes = typeof chunk === 'string' ? pdfBytes.of(chunk) : chunk;
    chunks.push(bytes);
    position += bytes.length;
  };
  if (pdf.bytes[pdf.bytes.length - 1] !== 0x0a) push('\n');
  const offsets = new Map<number, number>();
  const numbers = [...update.objects.keys()].sort((a, b) => a - b);
  for (const num of numbers) {
    const { text, data } = update.objects.get(num)!;
    offsets.set(num, position);
    if (data) {
      // The dictionary is ours (see PdfUpdate.add): it ends with `>>`, so /Length goes in before that.
      push(`${num} 0 obj\n${text.slice(0, -2)}/Length ${data.length}\n>>\nstream\n`);
      push(data);
      push('\nendstream\nendobj\n');
    } else {
      push(`${num} 0 obj\n${text}\nendobj\n`);
    }
  }
  const xrefAt = position;
  let xref = 'xref\n';
  // Runs of consecutive numbers share a subsection.
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    xref += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${String(offsets.get(numbers[k]!)).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  const trailer = dictText([
    `/Size ${update.next}`,
    `/Root ${pdf.root} 0 R`,
    `/Info ${infoNum} 0 R`,
    `/Prev ${pdf.startxref}`,
    ...(pdf.id ? [`/ID ${pdf.id}`] : []),
  ]);
  push(`${xref}trailer\n${trailer}\nstartxref\n${xrefAt}\n%%EOF\n`);
  const result = new Uint8Array(position);
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}

/** The outline: every entry open, each jumping to its page (and place on it); returns the root's number. */
function writeBookmarks(pdf: UpdatablePdf, update: PdfUpdate, bookmarks: Bookmark[]): number {
  const outline = outlineEntries(bookmarks);
  const root = update.next++;
  const nums = outline.entries.map(() => update.next++);
  const ref = (index: number) => `${index < 0 ? root : nums[index]} 0 R`;
  const tops = pdf.pages.map((page) => page.box[3]);
  outline.entries.forEach((entry, i) => {
    const { page, y } = landing(entry.place, tops);
    update.set(
      nums[i]!,
      dictText([
        `/Title ${pdfText(entry.title)}`,
        `/Parent ${ref(entry.parent)}`,
        ...(entry.prev >= 0 ? [`/Prev ${ref(entry.prev)}`] : []),
        ...(entry.next >= 0 ? [`/Next ${ref(entry.next)}`] : []),
        `/Dest [${pdf.pages[page]!.ref} 0 R /XYZ null ${y ?? 'null'} null]`,
        ...(entry.first >= 0
          ? [`/First ${ref(entry.first)}`, `/Last ${ref(entry.last)}`, `/Count ${entry.count}`]
          : []),
      ]),
    );
  });
  update.set(
    root,
    dictText([
      '/Type /Outlines',
      `/First ${ref(outline.first)}`,
      `/Last ${ref(outline.last)}`,
      `/Count ${outline.count}`,
    ]),
  );
  return root;
}

export function dictText(entries: string[]): string {
  return `<<\n${entries.join('\n')}\n>>`;
}

/** A text string as UTF-16BE hex with a byte order mark: any language, ASCII bytes only. */
export function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** `12 0 R` → 12 */
export function refNumber(value: string | undefined): number | undefined {
  const match = /^(\d+)\s+\d+\s+R$/.exec(value?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/** A dictionary value that may be given inline or by reference, as its entries. */
export function resolveDict(pdf: UpdatablePdf, value: string | undefined): Map<string, string> | undefined {
  if (value === undefined) return undefined;
  const ref = refNumber(value);
  return ref === undefined ? parseDict(value) : pdf.object(ref)?.dict;
}

/** The entries of a dictionary `<< /Key value … >>`, each value as its raw text (nested dictionaries, arrays and
 *  strings kept whole). */
export function parseDict(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  const source = text.trim();
  if (!source.startsWith('<<')) throw new Error('not a dictionary');
  let at = 2;
  const end = matchingEnd(source, 0);
  const skipSpace = () => {
    while (at < end && /\s/.test(source[at]!)) at++;
  };
  for (;;) {
    skipSpace();
    if (at >= end - 2 || source.startsWith('>>', at)) break;
    const key = /^\/([^\s/<>[\]()]+)/.exec(source.slice(at, at + 128));
    if (!key) throw new Error('a dictionary key was expected');
    at += key[0].length;
    skipSpace();
    const valueEnd = valueEndAt(source, at);
    entries.set(key[1]!, source.slice(at, valueEnd).trim());
    at = valueEnd;
  }
  return entries;
}

/** Where the value starting at `at` ends: after a nested <<>>, [], (), <hex>, or at the next delimiter. */
function valueEndAt(source: string, at: number): number {
  const c = source[at];
  if (source.startsWith('<<', at) || c === '[' || c === '(' || c === '<') return matchingEnd(source, at);
  if (c === '/') {
    const name = /^\/[^\s/<>[\]()]*/.exec(source.slice(at, at + 128))!;
    return at + name[0].length;
  }
  // A number, a boolean, null or a reference `12 0 R`.
  const plain = /^(\d+\s+\d+\s+R\b|[^\s/<>[\]()]+)/.exec(source.slice(at, at + 64));
  if (!plain) throw new Error('a value was expected');
  return at + plain[0].length;
}

/** The index just past the construct that opens at `at` (<<…>>, […], (…) with escapes, <hex>). */
function matchingEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === '(') {
      i = stringEnd(source, i) - 1;
      if (depth === 0) return i + 1;
      continue;
    }
    if (c === '<' && source[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '[') {
      depth++;
    } else if ((c === '>' && source[i + 1] === '>') || c === ']') {
      depth--;
      if (c === '>') i++;
      if (depth === 0) return i + 1;
    } else if (c === '<') {
      const close = source.indexOf('>', i);
      if (close < 0) throw new Error('unterminated hex string');
      if (depth === 0) return close + 1;
      i = close;
    }
  }
  throw new Error('unterminated value');
}

/** Just past a literal string `( … )`, balanced parentheses and backslash escapes allowed. */
function stringEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error('unterminated string');
}

/** A PDF text string (hex or literal, UTF-16BE with a BOM or PDFDocEncoding treated as Latin-1) as text. */
export function decodePdfString(raw: string): string {
  let bytes: number[];
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    bytes = [];
    for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
  } else {
    bytes = literalBytes(raw.slice(1, -1));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return text;
  }
  return String.fromCharCode(...bytes);
}

function literalBytes(body: string): number[] {
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0) & 0xff);
      continue;
    }
    const n = body[++i] ?? '';
    if (n in escapes) bytes.push(escapes[n]!);
    else if (/[0-7]/.test(n)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      bytes.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (n === '\r' && body[i + 1] === '\n') i++;
    // a backslash before a line break continues the line; before anything else it is dropped
  }
  return bytes;
}
