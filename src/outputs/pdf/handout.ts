// The handout PDF: A4 pages laid out in the browser, each real slide (print variant) stamped, as vectors, into its frame.
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { BuiltDeck } from '../../build/build.ts';
import { PACKAGE_ROOT } from '../../files/paths.ts';
import { LABELS, slideSize } from '../../deck/index.ts';
import { deckBookmarks } from './bookmarks.ts';
import { newPage } from '../browser/launch.ts';
import { DEFAULT_HANDOUT, NOTES_CUT, NOTES_TYPE, handoutDocument, handoutPages, showsNotes } from './handout-html.ts';
import type { HandoutOptions } from './handout-html.ts';
import { pdfInfo } from './metadata.ts';
import { deckUrl, openDeck, withTimeout } from '../page.ts';
import { PT_PER_PX, paperStylesheets, withPaperPage } from './paper.ts';
import type { PdfOutput } from './save.ts';
import type { Box } from './file/pdf-lib-stamp.ts';
import { stampIncrementally } from './file/stamp.ts';
import { PAPER_SLIDES_PDF } from './slides.ts';
import type { Bookmark } from './bookmarks.ts';
import type { PdfInfo } from './metadata.ts';
import { writeFileAtomically } from '../../files/atomic.ts';
import { trace } from '../../trace.ts';

const FIT_NOTES = path.join(PACKAGE_ROOT, 'src/outputs/pdf/fit-notes.js');

/** Where a slide's frame is on its handout page, in CSS px from the page's top-left corner. */
interface Slot {
  slide: number;
  sheet: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

export async function exportHandout(
  browser: Browser,
  built: BuiltDeck,
  target: string,
  options: HandoutOptions = DEFAULT_HANDOUT,
  onPhase: (phase: string) => void = () => undefined,
  /** The slides in print colours, when another page prints them anyway (see exportSlidesWithPaperCopy). */
  printedSlides?: Promise<Uint8Array>,
): Promise<PdfOutput> {
  const { plan } = built.deck;
  const what = `${built.name}: handout`;
  const { width, height } = slideSize(plan.meta.aspect);
  const page = await newPage(browser, width, height);
  try {
    let slidesPdf: Promise<Uint8Array>;
    if (printedSlides) {
      // Awaited once the pages are laid out; a failure meanwhile is not left unhandled.
      slidesPdf = printedSlides;
      printedSlides.catch(() => undefined);
    } else {
      onPhase('printing the slides');
      await openDeck(page, deckUrl(built.indexHtml, { 'print-pdf': true, 'print-variant': true }), what);
      slidesPdf = Promise.resolve(await withTimeout(page.pdf(PAPER_SLIDES_PDF), what));
      trace(`${what}: slides printed`);
    }

    onPhase('laying out the pages');
    const sheets = handoutPages(plan.slides, options.perPage).length;
    const html = handoutDocument(plan, options, paperStylesheets(plan.meta.theme, ['sans', 'sansBold', 'serifBold'], 'handout'));
    const laidOut = await withPaperPage(page, target, html, what, NOTES_CUT + LABELS.pageOfTotal(sheets, sheets), async () => {
      const fitted = showsNotes(options) ? await fitNotes(page) : { shrunk: [], cut: [] };
      const slots = await measureSlots(page);
      const pdf = await withTimeout(page.pdf({ printBackground: true, preferCSSPageSize: true, timeout: 0 }), what);
      return { fitted, slots, pdf };
    });

    trace(`${what}: pages printed`);
    onPhase('placing the slides');
    if (laidOut.slots.length !== plan.slides.length) {
      throw new Error(`${what}: the browser laid out ${laidOut.slots.length} frames for ${plan.slides.length} slides.`);
    }
    const places = new Map(laidOut.slots.map((slot) => [slot.slide, { page: slot.sheet, top: slot.top * PT_PER_PX }]));
    const bookmarks = deckBookmarks(plan, (slide) => places.get(slide.number)!);
    const info = pdfInfo(plan.meta, '讲义');
    const counts = { sheets, slides: plan.slides.length };
    const placing: Placing = { sheetsPdf: laidOut.pdf, slidesPdf: await withTimeout(slidesPdf, what), slots: laidOut.slots, counts, target, info, bookmarks, what };
    const output = (await placeIncrementally(placing)) ?? (await placeWithPdfLib(placing));
    trace(`${what}: written`);
    const cut = laidOut.fitted.cut;
    return {
      ...output,
      detail: `${options.perPage} slide${options.perPage > 1 ? 's' : ''} a page, ${showsNotes(options) ? 'with notes' : 'without notes'}`,
      ...(cut.length
        ? {
            warnings: [
              `the notes of slide${cut.length > 1 ? 's' : ''} ${cut.join(', ')} did not fit in the handout even in small type; ` +
                `they end with "${NOTES_CUT}" (the script has them in full; --per-page 1 gives notes the most room).`,
            ],
          }
        : {}),
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The slide's frame on its page, in points from the page's bottom-left corner. */
function frameBox(slot: Slot, pageHeight: number): Box {
  return {
    x: slot.left * PT_PER_PX,
    y: pageHeight - (slot.top + slot.height) * PT_PER_PX,
    width: slot.width * PT_PER_PX,
    height: slot.height * PT_PER_PX,
  };
}

function wrongCounts(what: string, counts: { sheets: number; slides: number }, found: { sheets: number; slides: number }): Error {
  return new Error(`${what}: the browser laid out ${found.sheets} pages for ${counts.sheets} and printed ${found.slides} slides for ${counts.slides}.`);
}

/** What placing the slides on the handout's pages needs: both PDFs as printed, the frames, what to write. */
interface Placing {
  sheetsPdf: Uint8Array;
  slidesPdf: Uint8Array;
  slots: Slot[];
  counts: { sheets: number; slides: number };
  target: string;
  info: PdfInfo;
  bookmarks: Bookmark[];
  what: string;
}

/** The slides placed as an incremental update of the browser's PDF (pdf-stamp.ts); undefined if it cannot be. */
async function placeIncrementally({ sheetsPdf, slidesPdf, slots, counts, target, info, bookmarks, what }: Placing): Promise<PdfOutput | undefined> {
  const placements = slots.map((slot) => ({ slide: slot.slide - 1, sheet: slot.sheet, frame: (height: number) => frameBox(slot, height) }));
  const stamped = stampIncrementally(sheetsPdf, slidesPdf, placements, info, bookmarks);
  if (!stamped) return undefined;
  if (stamped.pages !== counts.sheets || stamped.slides !== counts.slides) throw wrongCounts(what, counts, { sheets: stamped.pages, slides: stamped.slides });
  await writeFileAtomically(target, stamped.bytes);
  return { path: target, pages: stamped.pages, bytes: stamped.bytes.length };
}

/** The slides placed with pdf-lib, which reads and rewrites both files whole (stamp.ts). */
async function placeWithPdfLib({ sheetsPdf, slidesPdf, slots, counts, target, info, bookmarks, what }: Placing): Promise<PdfOutput> {
  const [{ PDFDocument }, { pagesAsForms, stamp }, { savePdf }] = await Promise.all([import('pdf-lib'), import('./file/pdf-lib-stamp.ts'), import('./file/pdf-lib.ts')]);
  const doc = await PDFDocument.load(sheetsPdf, { updateMetadata: false });
  const slides = await PDFDocument.load(slidesPdf, { updateMetadata: false });
  if (doc.getPageCount() !== counts.sheets || slides.getPageCount() !== counts.slides) {
    throw wrongCounts(what, counts, { sheets: doc.getPageCount(), slides: slides.getPageCount() });
  }
  const forms = pagesAsForms(doc, slides);
  const pages = doc.getPages();
  for (const slot of slots) {
    const sheet = pages[slot.sheet]!;
    stamp(sheet, forms[slot.slide - 1]!, frameBox(slot, sheet.getHeight()));
  }
  return savePdf(doc, target, info, bookmarks);
}

/** Fits every notes box (see fit-notes.js); returns the slides whose notes were shrunk or cut. */
async function fitNotes(page: Page): Promise<{ shrunk: number[]; cut: number[] }> {
  await page.addScriptTag({ path: FIT_NOTES });
  const options = { ...NOTES_TYPE, step: 0.5, cut: NOTES_CUT };
  return page.evaluate(
    (o) => (window as unknown as { speechdeckFitNotes: (o: unknown) => { shrunk: number[]; cut: number[] } }).speechdeckFitNotes(o),
    options,
  );
}

async function measureSlots(page: Page): Promise<Slot[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.sd-slot'), (slot) => {
      const sheet = slot.closest<HTMLElement>('.sd-sheet')!;
      const at = slot.getBoundingClientRect();
      const origin = sheet.getBoundingClientRect();
      return {
        slide: Number(slot.dataset.slide),
        sheet: Number(sheet.dataset.sheet),
        left: at.left - origin.left,
        top: at.top - origin.top,
        width: at.width,
        height: at.height,
      };
    }),
  );
}
