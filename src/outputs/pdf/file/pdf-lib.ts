// PDFs rewritten whole with pdf-lib: the handout (its slides are stamped in), and the fallback for a browser's PDF
// that the incremental update (pdf-update.ts) does not understand. Loaded only when needed: pdf-lib is large.
import fs from 'node:fs/promises';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import type { PDFContext, PDFDocument, PDFObject } from 'pdf-lib';
import { writeFileAtomically } from '../../../files/atomic.ts';
import { landing, outlineEntries } from '../bookmarks.ts';
import type { Bookmark, Place } from '../bookmarks.ts';
import { setMetadata } from '../metadata.ts';
import type { PdfInfo } from '../metadata.ts';
import type { PdfOutput } from '../save.ts';

/** Writes a PDF made with pdf-lib. */
export async function savePdf(doc: PDFDocument, target: string, info: PdfInfo, bookmarks: Bookmark[]): Promise<PdfOutput> {
  setMetadata(doc, info);
  writeBookmarks(doc, bookmarks);
  const bytes = await doc.save({ useObjectStreams: true });
  await writeFileAtomically(target, bytes);
  return { path: target, pages: doc.getPageCount(), bytes: (await fs.stat(target)).size };
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
    item.set(PDFName.of('Dest'), context.obj([pages[page]!.ref, PDFName.of('XYZ'), PDFNull, y === undefined ? PDFNull : PDFNumber.of(y), PDFNull]));
    if (entry.first >= 0) {
      item.set(PDFName.of('First'), ref(entry.first));
      item.set(PDFName.of('Last'), ref(entry.last));
      item.set(PDFName.of('Count'), PDFNumber.of(entry.count));
    }
    context.assign(refs[i]!, item);
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: ref(outline.first), Last: ref(outline.last), Count: PDFNumber.of(outline.count) }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** The document's outline as Chromium wrote it (`page.pdf({ outline: true })`): every entry, in document order. */
export function readOutline(doc: PDFDocument): Array<Place & { title: string }> {
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
