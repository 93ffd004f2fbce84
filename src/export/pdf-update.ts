// Metadata and bookmarks added to a PDF as an incremental update: new objects, a new catalog and a cross-reference
// section appended after the browser's bytes, which are left as they are (PDF 1.7, 7.5.6). A full rewrite with
// pdf-lib parses and re-serialises every object: 0.3 s and a few hundred MB for a 480-slide deck, where this takes
// milliseconds. It reads only what it needs (the trailer, the catalog, the page tree, an existing outline) and only
// from a classic cross-reference table, as Chromium writes it; for anything else it returns undefined and the
// caller falls back to pdf-lib.
import type { Bookmark, Place } from './bookmarks.ts';
import type { PdfInfo } from './metadata.ts';

/** A PDF whose structure we understood: its pages in order, with their heights in points. */
export interface UpdatablePdf {
  bytes: Uint8Array;
  pages: Array<{ ref: number; height: number }>;
  /** The browser's own outline (`page.pdf({ outline: true })`), entries in document order. */
  outline: Array<Place & { title: string }>;
  /** The catalog's object number and its entries (raw PDF text, by key). */
  root: number;
  catalog: Map<string, string>;
  /** The old Info dictionary's entries, for the dates the browser set. */
  info: Map<string, string>;
  size: number;
  startxref: number;
  id?: string;
}

const latin1 = new TextDecoder('latin1');

/** Reads what an update needs; undefined when the file is not laid out the way Chromium writes PDFs. */
export function readUpdatablePdf(bytes: Uint8Array): UpdatablePdf | undefined {
  try {
    return read(bytes);
  } catch {
    return undefined;
  }
}

function read(bytes: Uint8Array): UpdatablePdf | undefined {
  const tail = latin1.decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const at = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!at) return undefined;
  const startxref = Number(at[1]);
  const xref = parseXref(bytes, startxref);
  if (!xref) return undefined;
  const trailer = parseDict(xref.trailer);
  const root = refNumber(trailer.get('Root'));
  const size = Number(trailer.get('Size'));
  if (root === undefined || !Number.isInteger(size)) return undefined;
  const object = (num: number) => {
    const offset = xref.offsets.get(num);
    return offset === undefined ? undefined : objectBody(bytes, offset, num);
  };
  const catalogText = object(root);
  if (!catalogText) return undefined;
  const catalog = parseDict(catalogText);
  const pages = pageList(object, refNumber(catalog.get('Pages')));
  if (!pages?.length) return undefined;
  const infoRef = refNumber(trailer.get('Info'));
  const infoText = infoRef === undefined ? undefined : object(infoRef);
  const info = infoText ? parseDict(infoText) : new Map<string, string>();
  const outline = readOutline(object, refNumber(catalog.get('Outlines')), pages);
  const id = trailer.get('ID');
  return { bytes, pages, outline, root, catalog, info, size, startxref, ...(id ? { id } : {}) };
}

/** A classic `xref` table (all its subsections) and the trailer dictionary after it. */
function parseXref(bytes: Uint8Array, start: number): { offsets: Map<number, number>; trailer: string } | undefined {
  // The table is 20 bytes an entry; read just enough of the file.
  const head = latin1.decode(bytes.subarray(start, Math.min(bytes.length, start + 32)));
  if (!head.startsWith('xref')) return undefined;
  const text = latin1.decode(bytes.subarray(start, bytes.length));
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
      if (entry[17] === 'n') offsets.set(first + i, Number(entry.slice(0, 10)));
      at += 20;
    }
  }
  const trailer = /^\s*trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text.slice(at));
  if (!trailer) return undefined;
  // A file that was updated before has older sections too (/Prev): not what the browser writes.
  if (/\/Prev\b/.test(trailer[1]!)) return undefined;
  return { offsets, trailer: trailer[1]! };
}

/** The text of object `num` (its dictionary; a stream's data is not needed and not read). */
function objectBody(bytes: Uint8Array, offset: number, num: number): string | undefined {
  const window = latin1.decode(bytes.subarray(offset, Math.min(bytes.length, offset + 65536)));
  const header = new RegExp(`^${num}\\s+0\\s+obj\\s*`).exec(window);
  if (!header) return undefined;
  const body = window.slice(header[0].length);
  const end = body.search(/\bendobj\b|\bstream\r?\n/);
  return end < 0 ? undefined : body.slice(0, end).trim();
}

/** The leaves of the page tree in order, with each page's height from its (possibly inherited) MediaBox. */
function pageList(object: (num: number) => string | undefined, pagesRef: number | undefined): UpdatablePdf['pages'] | undefined {
  if (pagesRef === undefined) return undefined;
  const pages: UpdatablePdf['pages'] = [];
  const visit = (num: number, inheritedBox: string | undefined, depth: number): boolean => {
    const text = object(num);
    if (!text || depth > 32) return false;
    const dict = parseDict(text);
    const box = dict.get('MediaBox') ?? inheritedBox;
    if (dict.get('Type') === '/Page') {
      const numbers = box?.match(/-?[\d.]+/g)?.map(Number);
      if (!numbers || numbers.length !== 4) return false;
      pages.push({ ref: num, height: numbers[3]! - numbers[1]! });
      return true;
    }
    if (dict.get('Type') !== '/Pages') return false;
    const kids = [...(dict.get('Kids') ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
    return kids.every((kid) => visit(kid, box, depth + 1));
  };
  return visit(pagesRef, undefined, 0) ? pages : undefined;
}

/** The entries of an existing outline, depth first, with the page each jumps to and its top in points. */
function readOutline(
  object: (num: number) => string | undefined,
  outlinesRef: number | undefined,
  pages: UpdatablePdf['pages'],
): UpdatablePdf['outline'] {
  const found: UpdatablePdf['outline'] = [];
  if (outlinesRef === undefined) return found;
  const index = new Map(pages.map((page, i) => [page.ref, i]));
  const seen = new Set<number>();
  const visit = (first: number | undefined, depth: number) => {
    for (let num = first; num !== undefined && depth < 32 && !seen.has(num); ) {
      seen.add(num);
      const text = object(num);
      if (!text) return;
      const item = parseDict(text);
      const dest = /^\[\s*(\d+)\s+0\s+R\s*\/XYZ\s+(\S+)\s+(\S+)/.exec(item.get('Dest') ?? '');
      const title = item.get('Title');
      const page = dest ? index.get(Number(dest[1])) : undefined;
      if (dest && title && page !== undefined) {
        const y = Number(dest[3]);
        found.push({ title: decodePdfString(title), page, ...(Number.isFinite(y) ? { top: pages[page]!.height - y } : {}) });
      }
      visit(refNumber(item.get('First')), depth + 1);
      num = refNumber(item.get('Next'));
    }
  };
  const outlines = object(outlinesRef);
  if (outlines) visit(refNumber(parseDict(outlines).get('First')), 0);
  return found;
}

/** The update: Info, the bookmarks and a new catalog, then their cross-reference section and trailer. */
export function updatedPdf(pdf: UpdatablePdf, info: PdfInfo, bookmarks: Bookmark[], lang = 'zh-CN'): Uint8Array {
  const objects = new Map<number, string>();
  let next = pdf.size;
  const infoNum = next++;
  const dates = ['CreationDate', 'ModDate'].filter((key) => pdf.info.has(key)).map((key) => `/${key} ${pdf.info.get(key)}`);
  objects.set(
    infoNum,
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
    const outlinesNum = next++;
    const destination = (place: Place) => {
      const page = pdf.pages[Math.min(Math.max(place.page, 0), pdf.pages.length - 1)]!;
      const top = place.top === undefined ? 'null' : String(Math.round((page.height - place.top) * 100) / 100);
      return `[${page.ref} 0 R /XYZ null ${top} null]`;
    };
    const writeLevel = (items: Bookmark[], parent: number): { first: number; last: number; count: number } => {
      const nums = items.map(() => next++);
      let count = items.length;
      items.forEach((item, i) => {
        const entries = [`/Title ${pdfText(item.title)}`, `/Parent ${parent} 0 R`];
        if (i > 0) entries.push(`/Prev ${nums[i - 1]} 0 R`);
        if (i < items.length - 1) entries.push(`/Next ${nums[i + 1]} 0 R`);
        entries.push(`/Dest ${destination(item)}`);
        if (item.children.length) {
          const level = writeLevel(item.children, nums[i]!);
          // A positive count: the entry is open, its children visible in the sidebar.
          entries.push(`/First ${level.first} 0 R`, `/Last ${level.last} 0 R`, `/Count ${level.count}`);
          count += level.count;
        }
        objects.set(nums[i]!, dictText(entries));
      });
      return { first: nums[0]!, last: nums[nums.length - 1]!, count };
    };
    const level = writeLevel(bookmarks, outlinesNum);
    objects.set(outlinesNum, dictText([`/Type /Outlines`, `/First ${level.first} 0 R`, `/Last ${level.last} 0 R`, `/Count ${level.count}`]));
    catalog.set('Outlines', `${outlinesNum} 0 R`);
    catalog.set('PageMode', '/UseOutlines');
  }
  objects.set(pdf.root, dictText([...catalog].map(([key, value]) => `/${key} ${value}`)));

  // Objects in number order, each at an offset the new section records.
  let body = pdf.bytes[pdf.bytes.length - 1] === 0x0a ? '' : '\n';
  const offsets = new Map<number, number>();
  const numbers = [...objects.keys()].sort((a, b) => a - b);
  let position = pdf.bytes.length + body.length;
  for (const num of numbers) {
    const text = `${num} 0 obj\n${objects.get(num)}\nendobj\n`;
    offsets.set(num, position);
    position += text.length;
    body += text;
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
  const trailer = dictText([`/Size ${next}`, `/Root ${pdf.root} 0 R`, `/Info ${infoNum} 0 R`, `/Prev ${pdf.startxref}`, ...(pdf.id ? [`/ID ${pdf.id}`] : [])]);
  const appended = `${body}${xref}trailer\n${trailer}\nstartxref\n${xrefAt}\n%%EOF\n`;
  // Everything we write is ASCII (text is hex-encoded), so one character is one byte.
  const update = new TextEncoder().encode(appended);
  const result = new Uint8Array(pdf.bytes.length + update.length);
  result.set(pdf.bytes, 0);
  result.set(update, pdf.bytes.length);
  return result;
}

function dictText(entries: string[]): string {
  return `<<\n${entries.join('\n')}\n>>`;
}

/** A text string as UTF-16BE hex with a byte order mark: any language, ASCII bytes only. */
export function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** `12 0 R` → 12 */
function refNumber(value: string | undefined): number | undefined {
  const match = /^(\d+)\s+\d+\s+R$/.exec(value?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
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
    while (at < end && /[\s]/.test(source[at]!)) at++;
  };
  for (;;) {
    skipSpace();
    if (at >= end - 2 || source.startsWith('>>', at)) break;
    const key = /^\/([^\s/<>[\]()]+)/.exec(source.slice(at));
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
    const name = /^\/[^\s/<>[\]()]*/.exec(source.slice(at))!;
    return at + name[0].length;
  }
  // A number, a boolean, null or a reference `12 0 R`.
  const plain = /^(\d+\s+\d+\s+R\b|[^\s/<>[\]()]+)/.exec(source.slice(at));
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
    if (source.startsWith('<<', i) || c === '[') {
      depth++;
      if (c === '<') i++;
    } else if (source.startsWith('>>', i) || c === ']') {
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
