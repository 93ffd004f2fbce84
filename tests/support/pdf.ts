// Reading the PDFs we write, as a reader's software would: pages, sizes, text, fonts, metadata.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';

export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/** Every page's size (points) and text, through pdf.js: the text in the order the PDF draws it, or with
 *  `inReadingOrder` line by line from the top, left to right (for PDFs that draw a fallback font's glyphs apart). */
export async function readPdf(file: string, { inReadingOrder = false } = {}): Promise<PdfPage[]> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.filter((item) => 'str' in item);
    const text = (inReadingOrder ? readingOrder(items) : items).map((item) => item.str).join('');
    pages.push({ width: x1 - x0, height: y1 - y0, text });
  }
  await doc.destroy();
  return pages;
}

/** Names of the fonts embedded in the PDF (those with a font file, not merely referenced). */
interface TextItem {
  str: string;
  transform: number[];
  height: number;
}

/** Items sorted into lines (baselines within half a glyph's height of each other), lines top down, left to right. */
function readingOrder<T extends TextItem>(items: T[]): T[] {
  const lines: Array<{ y: number; items: T[] }> = [];
  for (const item of items) {
    const y = item.transform[5]!;
    const line = lines.find((l) => Math.abs(l.y - y) < Math.max(2, item.height / 2));
    if (line) line.items.push(item);
    else lines.push({ y, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .flatMap((line) => line.items.sort((a, b) => a.transform[4]! - b.transform[4]!));
}

export async function embeddedFonts(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const names = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (object.get(PDFName.of('Type'))?.toString() !== '/FontDescriptor') continue;
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => object.get(PDFName.of(key)));
    if (embedded) names.add(String(object.get(PDFName.of('FontName'))).replace(/^\/([A-Z]{6}\+)?/, ''));
  }
  return [...names];
}

/** The fonts the PDF uses without embedding them (the reader's machine must find them: Helvetica drawn by pdf-lib,
 *  say), by their names; a Type0 font is judged by its descendant, a Type 3 font is its own drawing. */
export async function unembeddedFonts(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const names: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    if (['/Type0', '/Type3'].includes(String(object.get(PDFName.of('Subtype'))))) continue;
    const descriptor = object.lookup(PDFName.of('FontDescriptor'));
    const embedded =
      descriptor instanceof PDFDict &&
      ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.get(PDFName.of(key)));
    if (!embedded) names.push(String(object.get(PDFName.of('BaseFont'))).replace(/^\//, ''));
  }
  return names.sort();
}

/** Each embedded font object's name (subset prefix dropped): a face embedded twice is listed twice. */
export async function fontObjects(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const names: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type'))?.toString() !== '/FontDescriptor') continue;
    if (['FontFile', 'FontFile2', 'FontFile3'].some((key) => object.get(PDFName.of(key))))
      names.push(String(object.get(PDFName.of('FontName'))).replace(/^\/([A-Z]{6}\+)?/, ''));
  }
  return names.sort();
}

/** How many raster images the PDF holds (image XObjects, soft masks included), as `pdfimages -list` counts them. */
export async function rasterImages(file: string): Promise<number> {
  return countObjects(file, (dict) => dict.get(PDFName.of('Subtype'))?.toString() === '/Image');
}

/** How many patterns (a gradient is one: a shading and where it is drawn) the file holds. */
export async function patterns(file: string): Promise<number> {
  return countObjects(file, (dict) => dict.get(PDFName.of('PatternType')) !== undefined);
}

/** How many of the file's objects (a stream by its dictionary) are `wanted`. */
async function countObjects(file: string, wanted: (dict: PDFDict) => boolean): Promise<number> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  let count = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : (object as { dict?: unknown }).dict;
    if (dict instanceof PDFDict && wanted(dict)) count++;
  }
  return count;
}

export async function pdfMetadata(file: string) {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return { title: doc.getTitle(), author: doc.getAuthor(), subject: doc.getSubject(), pages: doc.getPageCount() };
}

/** Text without spaces, for comparing CJK text that the PDF may split into runs. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface OutlineEntry {
  title: string;
  /** 1-based page the bookmark jumps to. */
  page: number;
  children: OutlineEntry[];
}

/** The PDF's bookmarks as a reader's sidebar shows them, through pdf.js. */
export async function pdfOutline(file: string): Promise<OutlineEntry[]> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
  const walk = async (items: Item[]): Promise<OutlineEntry[]> =>
    Promise.all(
      items.map(async (item) => {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        const ref = dest?.[0] as { num: number; gen: number } | undefined;
        const page = ref ? (await doc.getPageIndex(ref)) + 1 : 0;
        return { title: item.title, page, children: await walk(item.items) };
      }),
    );
  const outline = ((await doc.getOutline()) ?? []) as unknown as Item[];
  const entries = await walk(outline);
  await doc.destroy();
  return entries;
}

/** Each page's text as poppler's pdftotext reads it (pages split at its form feeds), squashed. */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1).map(squash);
}

/** Each page of a PDF drawn small and grey (poppler's pdftoppm), as PGM files. */
function pagePictures(file: string): Buffer[] {
  const out = mkdtempSync(path.join(os.tmpdir(), 'speechdeck-pictures-'));
  try {
    execFileSync('pdftoppm', ['-r', '24', '-gray', file, path.join(out, 'page')]);
    return readdirSync(out)
      .sort()
      .map((name) => readFileSync(path.join(out, name)));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** How far two PDFs' pages, drawn small and grey, differ at most, in grey levels (0–255); Infinity for another number
 *  or size of pages. The same drawing printed twice differs by a level or two (rounding where it is placed); a glyph
 *  from another font or in another size, a line broken elsewhere, by a hundred and more. */
export function largestDifference(a: string, b: string): number {
  const [first, second] = [pagePictures(a), pagePictures(b)];
  if (first.length !== second.length) return Number.POSITIVE_INFINITY;
  let largest = 0;
  for (const [i, page] of first.entries()) {
    const other = second[i]!;
    if (page.length !== other.length) return Number.POSITIVE_INFINITY;
    for (let at = 0; at < page.length; at++) largest = Math.max(largest, Math.abs(page[at]! - other[at]!));
  }
  return largest;
}

/** Whether a command-line tool is installed (poppler's, qpdf, mutool). */
export function installed(tool: string): boolean {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // mutool answers --version with an error, but it ran
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** `mutool show file outline`: each bookmark's title and page, indentation kept. */
export function outlineLines(file: string): string[] {
  return execFileSync('mutool', ['show', file, 'outline'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/&zoom=.*$/, ''));
}

/** pdffonts' font names, the subset tag dropped: one line per font object. */
export function fontNames(file: string): string[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
    .sort();
}
