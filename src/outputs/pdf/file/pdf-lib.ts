// PDFs rewritten whole with pdf-lib: the fallback for a file the incremental update (update.ts, stamp.ts) does not
// understand, i.e. one not laid out as Chromium writes PDFs. Loaded only when needed: pdf-lib is large.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFRef,
  PDFString,
  grayscale,
} from 'pdf-lib';
import type { PDFContext, PDFObject } from 'pdf-lib';
import { landing, outlineEntries } from '../bookmarks.ts';
import type { Bookmark, Place } from '../bookmarks.ts';
import { setMetadata } from '../metadata.ts';
import type { PdfInfo } from '../metadata.ts';
import type { Placed, Placing } from './placing.ts';

/** A browser's PDF with our metadata and bookmarks (`bookmarks` is told the page count and the browser's outline). */
export async function rewrittenPdf(
  raw: Uint8Array,
  info: PdfInfo,
  bookmarks: (printed: { pages: number; outline: Array<Place & { title: string }> }) => Bookmark[],
): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(raw, { updateMetadata: false });
  const pages = doc.getPageCount();
  return { bytes: await finished(doc, info, bookmarks({ pages, outline: readOutline(doc) })), pages };
}

/** The handout's slides drawn into their frames (pdf-lib's own embedPages and drawPage), then a hairline frame. */
export async function placeWithPdfLib(placing: Placing): Promise<Placed> {
  const doc = await PDFDocument.load(placing.sheetsPdf, { updateMetadata: false });
  const slides = await PDFDocument.load(placing.slidesPdf, { updateMetadata: false });
  const wanted = [...new Set(placing.placements.map((p) => p.slide))].filter((slide) => slide < slides.getPageCount());
  const embedded = new Map(
    (await doc.embedPages(wanted.map((slide) => slides.getPage(slide)))).map((page, i) => [wanted[i]!, page]),
  );
  const pages = doc.getPages();
  for (const { slide, sheet, frame } of placing.placements) {
    const page = pages[sheet];
    const form = embedded.get(slide);
    if (!page || !form) continue;
    const box = frame(page.getHeight());
    page.drawPage(form, box);
    page.drawRectangle({ ...box, borderWidth: 0.5, borderColor: grayscale(0.55) });
  }
  return {
    bytes: await finished(doc, placing.info, placing.bookmarks),
    pages: doc.getPageCount(),
    slides: slides.getPageCount(),
  };
}

/** Metadata and bookmarks set, saved with object streams. */
async function finished(doc: PDFDocument, info: PdfInfo, bookmarks: Bookmark[]): Promise<Uint8Array> {
  setMetadata(doc, info);
  writeBookmarks(doc, bookmarks);
  return doc.save({ useObjectStreams: true });
}

/** Replaces the document's outline with `bookmarks` (every entry open), built from pdf-lib's low-level objects. */
export function writeBookmarks(doc: PDFDocument, bookmarks: Bookmark[]): void {
  removeOutline(doc);
  if (!bookmarks.length) return;
  const { context } = doc;
  const pages = doc.getPages();
  const tops = pages.map((page) => page.getHeight());
  const outline = outlineEntries(bookmarks);
  const root = context.nextRef();
  const refs = outline.entries.map(() => context.nextRef());
  const ref = (index: number) => (index < 0 ? root : refs[index]!);
  outline.entries.forEach((entry, i) => {
    const { page, y } = landing(entry.place, tops);
    const item = context.obj({}) as PDFDict;
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), ref(entry.parent));
    if (entry.prev >= 0) item.set(PDFName.of('Prev'), ref(entry.prev));
    if (entry.next >= 0) item.set(PDFName.of('Next'), ref(entry.next));
    item.set(
      PDFName.of('Dest'),
      context.obj([pages[page]!.ref, PDFName.of('XYZ'), PDFNull, y === undefined ? PDFNull : PDFNumber.of(y), PDFNull]),
    );
    if (entry.first >= 0) {
      item.set(PDFName.of('First'), ref(entry.first));
      item.set(PDFName.of('Last'), ref(entry.last));
      item.set(PDFName.of('Count'), PDFNumber.of(entry.count));
    }
    context.assign(refs[i]!, item);
  });
  context.assign(
    root,
    context.obj({
      Type: 'Outlines',
      First: ref(outline.first),
      Last: ref(outline.last),
      Count: PDFNumber.of(outline.count),
    }),
  );
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** The document's outline as Chromium wrote it (`page.pdf({ outline: true })`): every entry, in document order. */
function readOutline(doc: PDFDocument): Array<Place & { title: string }> {
  const pages = doc.getPages().map((page) => page.ref.toString());
  const heights = doc.getPages().map((page) => page.getHeight());
  const found: Array<Place & { title: string }> = [];
  const visit = (ref: PDFObject | undefined, depth: number) => {
    let item = lookupDict(doc.context, ref);
    while (item && depth < 32) {
      const dest = doc.context.lookup(item.get(PDFName.of('Dest')));
      const title = doc.context.lookup(item.get(PDFName.of('Title')));
      if (dest instanceof PDFArray && (title instanceof PDFHexString || title instanceof PDFString)) {
        const page = pages.indexOf(String(dest.get(0)));
        const y = dest.size() > 3 ? doc.context.lookup(dest.get(3)) : undefined;
        if (page >= 0) {
          found.push({
            title: title.decodeText(),
            page,
            ...(y instanceof PDFNumber ? { top: heights[page]! - y.asNumber() } : {}),
          });
        }
      }
      visit(item.get(PDFName.of('First')), depth + 1);
      item = lookupDict(doc.context, item.get(PDFName.of('Next')));
    }
  };
  const outlines = lookupDict(doc.context, doc.catalog.get(PDFName.of('Outlines')));
  visit(outlines?.get(PDFName.of('First')), 0);
  return found;
}

/** Deletes the document's outline and its entries, so a new one leaves no unused objects behind. */
function removeOutline(doc: PDFDocument): void {
  const { context } = doc;
  const remove = (ref: PDFObject | undefined, depth: number) => {
    let current = ref;
    while (current instanceof PDFRef && depth < 32) {
      const item = lookupDict(context, current);
      context.delete(current);
      if (!item) return;
      remove(item.get(PDFName.of('First')), depth + 1);
      current = item.get(PDFName.of('Next'));
    }
  };
  const root = doc.catalog.get(PDFName.of('Outlines'));
  const outlines = lookupDict(context, root);
  if (outlines) remove(outlines.get(PDFName.of('First')), 0);
  if (root instanceof PDFRef) context.delete(root);
  doc.catalog.delete(PDFName.of('Outlines'));
}

function lookupDict(context: PDFContext, object: PDFObject | undefined): PDFDict | undefined {
  if (!object) return undefined;
  const value = context.lookup(object);
  return value instanceof PDFDict ? value : undefined;
}
