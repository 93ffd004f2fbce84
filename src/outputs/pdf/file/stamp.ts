// The handout's slides placed on its pages as an incremental update of the browser's handout PDF: each page of the
// slides PDF becomes a Form XObject (its content stream reused as stored, its resources copied once, fonts shared),
// drawn scaled into its frame with a hairline around it. What pdf-lib's embedPages and drawPage do (the fallback,
// pdf-lib.ts), without parsing or re-serialising either file: for a 480-slide deck, a fraction of the time and memory.
import type { Bookmark } from '../bookmarks.ts';
import { pageFormEntries } from './copy.ts';
import type { PdfInfo } from '../metadata.ts';
import { readUpdatablePdf, resolveDict } from './read.ts';
import type { UpdatablePdf } from './read.ts';
import { dictText, pdfBytes } from './syntax.ts';
import { PdfUpdate, updatedPdf } from './write.ts';

/** A box on a page, in points from the page's bottom-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A slide (0-based page of the slides PDF) to place on a page (0-based) of the handout, in the box `frame` gives
 *  for that page's height (points from its bottom-left corner). */
export interface Placement {
  slide: number;
  sheet: number;
  frame: (pageHeight: number) => Box;
}

/** The handout with its slides in place, our metadata and bookmarks; undefined when either file is not laid out as
 *  Chromium writes PDFs, or a slide page is not a single content stream (the caller then uses pdf-lib). */
export function stampIncrementally(
  sheetsPdf: Uint8Array,
  slidesPdf: Uint8Array,
  placements: Placement[],
  info: PdfInfo,
  bookmarks: Bookmark[],
): { bytes: Uint8Array; pages: number; slides: number } | undefined {
  const sheets = readUpdatablePdf(sheetsPdf);
  const slides = readUpdatablePdf(slidesPdf);
  if (!sheets || !slides) return undefined;
  try {
    const update = new PdfUpdate(sheets);
    const forms = slideForms(update, slides, new Set(placements.map((p) => p.slide)));
    const bySheet = new Map<number, Placement[]>();
    for (const placement of placements)
      bySheet.set(placement.sheet, [...(bySheet.get(placement.sheet) ?? []), placement]);
    for (const [sheet, placed] of bySheet) placeOnPage(update, sheets, sheet, placed, forms);
    return {
      bytes: updatedPdf(sheets, info, bookmarks, update),
      pages: sheets.pages.length,
      slides: slides.pages.length,
    };
  } catch {
    return undefined;
  }
}

interface Form {
  num: number;
  width: number;
  height: number;
}

/** Each wanted page of the slides PDF as a Form XObject of the handout. */
function slideForms(update: PdfUpdate, slides: UpdatablePdf, wanted: Set<number>): Map<number, Form> {
  const copy = update.copier(slides);
  const forms = new Map<number, Form>();
  for (const index of wanted) {
    const page = slides.pages[index];
    if (!page) throw new Error(`the slides PDF has no page ${index + 1}`);
    // One content stream, by itself or as the only entry of an array.
    const refs = [...(page.contents ?? '').matchAll(/(\d+)\s+0\s+R/g)];
    const stream = refs.length === 1 ? slides.object(Number(refs[0]![1])) : undefined;
    if (!stream?.data || !stream.dict) throw new Error('a slide page is not one content stream');
    const [x0, y0, x1, y1] = page.box;
    const form = update.add(dictText(pageFormEntries(page, copy, stream)), stream.data);
    forms.set(index, { num: form, width: x1 - x0, height: y1 - y0 });
  }
  return forms;
}

/** Draws the placed slides on one page, after its own content (kept in a q … Q pair, so its graphics state does
 *  not carry over), each scaled into its box, then a hairline frame on top. */
function placeOnPage(
  update: PdfUpdate,
  sheets: UpdatablePdf,
  index: number,
  placed: Placement[],
  forms: Map<number, Form>,
): void {
  const page = sheets.pages[index];
  if (!page) throw new Error(`the handout has no page ${index + 1}`);
  const resources = new Map(resolveDict(sheets, page.resources) ?? []);
  const xobjects = new Map(resolveDict(sheets, resources.get('XObject')) ?? []);
  const ops: string[] = ['Q'];
  for (const { slide, frame } of placed) {
    const box = frame(page.height);
    const form = forms.get(slide)!;
    const name = `SdSlide${slide + 1}`;
    xobjects.set(name, `${form.num} 0 R`);
    const f = (n: number) => String(Math.round(n * 1000) / 1000);
    ops.push(
      `q ${f(box.width / form.width)} 0 0 ${f(box.height / form.height)} ${f(box.x)} ${f(box.y)} cm /${name} Do Q`,
    );
    ops.push(`q 0.55 G 0.5 w ${f(box.x)} ${f(box.y)} ${f(box.width)} ${f(box.height)} re S Q`);
  }
  resources.set('XObject', dictText([...xobjects].map(([key, value]) => `/${key} ${value}`)));
  const before = update.add(dictText([]), pdfBytes.of('q\n'));
  const after = update.add(dictText([]), pdfBytes.of(`${ops.join('\n')}\n`));
  const contents = page.contents ?? '';
  const own = contents.startsWith('[') ? contents.slice(1, -1).trim() : contents;
  const dict = new Map(page.dict);
  dict.set('Contents', `[${before} 0 R ${own} ${after} 0 R]`);
  dict.set('Resources', dictText([...resources].map(([key, value]) => `/${key} ${value}`)));
  update.set(page.ref, dictText([...dict].map(([key, value]) => `/${key} ${value}`)));
}
