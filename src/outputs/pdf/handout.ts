// The handout PDF: A4 pages laid out in the browser, each real slide (print variant) stamped, as vectors, into its frame.
import fs from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import type { BuiltDeck } from '../deck/folder.ts';
import { PACKAGE_ROOT } from '../../files/paths.ts';
import { slideSize } from '../../deck/index.ts';
import { deckBookmarks } from './bookmarks.ts';
import { donePage, newPage } from '../browser/launch.ts';
import {
  DEFAULT_HANDOUT,
  NOTES_CUT,
  NOTES_TYPE,
  handoutDocument,
  handoutMarginText,
  handoutPages,
  showsNotes,
  usesPaperType,
} from './handout-html.ts';
import type { HandoutOptions, SheetRange } from './handout-html.ts';
import { pdfInfo } from './metadata.ts';
import { deckUrl, openDeck, timeLimit, withTimeout } from '../page.ts';
import { PT_PER_PX, endShortLines, paperFonts, paperStylesheets, withPaperPage } from './paper.ts';
import { SLIDE_FACES } from '../../fonts/index.ts';
import { charactersOfHtml } from '../../fonts/text.ts';
import type { PdfOutput } from './save.ts';
import type { Box } from './file/stamp.ts';
import { placeSlides } from './file/place.ts';
import { PAPER_SLIDES_PDF, evenRanges, inTurn, printPaperInRanges, printRanges } from './slides.ts';
import type { PaperSlides } from './slides.ts';
import { writeFileAtomically } from '../../files/atomic.ts';
import { trace } from '../../trace.ts';
import { say } from '../../messages/index.ts';
import type { KeptOutputs } from '../kept.ts';

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
  /** The slides in print colours, when another page prints them anyway (see exportSlidesWithPaperCopy): used where
   *  they are in the type the layout prints them in (six a page: their paper type). */
  paperSlides?: PaperSlides,
  /** What the run kept of its last export (the editor's): sheets laid out from the same inputs are not laid out
   *  again, only the new slides placed into them. */
  kept?: KeptOutputs,
  /** Told once the browser is needed no more (the slides are placed in Node). */
  doneWithBrowser: () => void = () => undefined,
): Promise<PdfOutput> {
  const { plan } = built.deck;
  const what = say('step', built.name, say('handout'));
  const printedSlides = paperSlides?.paperType === usesPaperType(options.perPage) ? paperSlides.pdf : undefined;
  const limit = timeLimit(plan.slides.length);
  const { width, height } = slideSize(plan.meta.aspect);
  // The sheets depend on the handout's document, not on the slides stamped into them (a point typed changes none).
  const sheetsKey = `${built.deck.outlinePath}\nhandout sheets\n${target}`;
  const sheetsInputs = kept && printedSlides ? await handoutInputs(built, options) : '';
  const keptSheets = sheetsInputs
    ? ((await kept?.reuse(sheetsKey, sheetsInputs, [])) as LaidOut | undefined)
    : undefined;
  const page = keptSheets ? undefined : await newPage(browser, width, height);
  // Done with once the slides are printed; closed (never kept for another document) where the export failed.
  let pageOpen = page !== undefined;
  const pageDone = async (failed = false) => {
    if (!pageOpen) return;
    pageOpen = false;
    await (failed ? page!.close().catch(() => undefined) : donePage(page!));
  };
  try {
    /** The slides in print colours printed whole in this page. */
    const printWhole = async (): Promise<Uint8Array> => {
      // (a page is open: sheets are kept only where the slides come from the slides PDF's page)
      await openDeck(
        page!,
        deckUrl(built.indexHtml, {
          'print-pdf': true,
          'print-variant': true,
          // Six a page prints the slides in their paper type.
          ...(usesPaperType(options.perPage) ? { 'paper-type': true } : {}),
        }),
        what,
        limit,
        built.deck.plan.meta.online,
      );
      const pdf = await withTimeout(page!.pdf(PAPER_SLIDES_PDF), what, limit);
      trace(`${what}: slides printed`);
      return pdf;
    };
    let slidesPdf: Promise<Uint8Array | undefined>;
    if (printedSlides) {
      // Awaited once the pages are laid out; a failure meanwhile is not left unhandled.
      slidesPdf = printedSlides;
      printedSlides.catch(() => undefined);
    } else {
      onPhase(say('printingSlides'));
      // A long deck's slides print in ranges, in pages of their own, while this page lays out the sheets; if they
      // cannot be joined, this page prints them whole once the sheets are printed.
      slidesPdf =
        printRanges(plan.slides.length).length > 1
          ? printPaperInRanges(browser, built, usesPaperType(options.perPage), what)
          : Promise.resolve(await printWhole());
      slidesPdf.catch(() => undefined);
    }

    onPhase(say('layingOutPages'));
    const sheets = handoutPages(plan.slides, options.perPage, plan.meta.aspect).length;
    const marginText = handoutMarginText(sheets);
    const laidOut: LaidOut =
      keptSheets ??
      (await layOutSheets(browser, page!, built, options, marginText, target, what, limit).then(async (laidOut) => {
        if (sheetsInputs) await kept?.keep(sheetsKey, sheetsInputs, [], laidOut);
        return laidOut;
      }));
    trace(`${what}: ${keptSheets ? 'pages as laid out before' : 'pages printed'}`);
    onPhase(say('placingSlides'));
    if (laidOut.slots.length !== plan.slides.length) {
      throw new Error(`${what}: the browser laid out ${laidOut.slots.length} frames for ${plan.slides.length} slides.`);
    }
    const places = new Map(laidOut.slots.map((slot) => [slot.slide, { page: slot.sheet, top: slot.top * PT_PER_PX }]));
    const slides = (await withTimeout(slidesPdf, what, limit)) ?? (await printWhole());
    // The browser's part is done: its page closed now, and the browser with it where nothing else needs it.
    await pageDone();
    doneWithBrowser();
    const placed = await placeSlides({
      sheetsPdf: laidOut.pdf,
      slidesPdf: slides,
      placements: laidOut.slots.map((slot) => ({
        slide: slot.slide - 1,
        sheet: slot.sheet,
        frame: (height: number) => frameBox(slot, height),
      })),
      info: pdfInfo(plan.meta, '讲义'),
      bookmarks: deckBookmarks(plan, (slide) => places.get(slide.number)!),
    });
    if (placed.pages !== sheets || placed.slides !== plan.slides.length) {
      throw new Error(
        `${what}: the browser laid out ${placed.pages} pages for ${sheets} and printed ${placed.slides} slides for ${plan.slides.length}.`,
      );
    }
    await writeFileAtomically(target, placed.bytes);
    const output: PdfOutput = { path: target, pages: placed.pages, bytes: placed.bytes.length };
    trace(`${what}: written`);
    return {
      ...output,
      detail: say('handoutDetail', options.perPage, showsNotes(options)),
      // said with the other findings (check/verdict.ts), by the command
      ...(showsNotes(options) ? { notesCut: laidOut.fitted.cut } : {}),
    };
  } finally {
    await pageDone(true);
  }
}

/** The handout's sheets as the browser laid them out and printed them, without their slides. */
interface LaidOut {
  fitted: { shrunk: number[]; cut: number[] };
  slots: Slot[];
  pdf: Uint8Array;
}

/** Lays out and prints the handout's sheets: frames for the slides, notes fitted to their room. A handout of many
 *  sheets prints them in ranges (`sheetRanges`), each in a page of its own (the first in `page`), and joins them;
 *  where they cannot be joined, `page` prints them whole. */
async function layOutSheets(
  browser: Browser,
  page: Page,
  built: BuiltDeck,
  options: HandoutOptions,
  marginText: string,
  target: string,
  what: string,
  limit: number,
): Promise<LaidOut> {
  const { plan } = built.deck;
  const fonts = await paperFonts(built.characters, SLIDE_FACES, [
    charactersOfHtml(handoutDocument(plan, options, [])),
    marginText,
  ]);
  const stylesheets = paperStylesheets(plan.meta.theme, fonts, 'handout');
  const inPage = (into: Page, range?: SheetRange) =>
    printSheets(into, target, plan, options, stylesheets, marginText, what, limit, range);
  const ranges = sheetRanges(handoutPages(plan.slides, options.perPage, plan.meta.aspect).length);
  if (ranges.length > 1) {
    const { width, height } = slideSize(plan.meta.aspect);
    const printed = await inTurn(ranges, Math.min(availableParallelism(), ranges.length), async (range, i) => {
      if (i === 0) return inPage(page, range);
      const own = await newPage(browser, width, height);
      try {
        return await inPage(own, range);
      } finally {
        await own.close().catch(() => undefined);
      }
    });
    const sheets = ranges.at(-1)!.last + 1;
    const joined = printed && (await joinSheets(printed, plan, sheets));
    if (printed && joined) {
      trace(`${what}: ${ranges.length} ranges of pages joined`);
      return {
        fitted: {
          shrunk: printed.flatMap((one) => one.fitted.shrunk),
          cut: printed.flatMap((one) => one.fitted.cut),
        },
        slots: printed.flatMap((one) => one.slots),
        pdf: joined,
      };
    }
    trace(`${what}: the ranges of pages could not be joined; laid out again in one page`);
  }
  return inPage(page);
}

/** Handouts of fewer sheets lay them out in one page: below this, a page of its own for each range costs more than
 *  the printing it saves (see docs/performance.md, "The handout's sheets in ranges, the browser closed sooner, the script streamed"). */
export const SHEETS_IN_RANGES_FROM = 200;
/** The most sheets a range is given: Chromium's time to print a document grows with the square of its pages. */
export const MOST_SHEETS_PER_RANGE = 100;

/** The ranges a handout of `sheets` sheets is laid out in (an empty list: one page lays out all of them), equal in
 *  size; SPEECHDECK_PRINT_RANGES sets the number (1: never in ranges), for measuring. */
export function sheetRanges(sheets: number, asked = process.env.SPEECHDECK_PRINT_RANGES): SheetRange[] {
  return evenRanges(sheets, sheets < SHEETS_IN_RANGES_FROM ? 1 : Math.ceil(sheets / MOST_SHEETS_PER_RANGE), asked, 0);
}

/** The handout's sheets (those of `range`, or all) laid out and printed in `page`. */
async function printSheets(
  page: Page,
  target: string,
  plan: BuiltDeck['deck']['plan'],
  options: HandoutOptions,
  stylesheets: string[],
  marginText: string,
  what: string,
  limit: number,
  range?: SheetRange,
): Promise<LaidOut> {
  const paper = { html: handoutDocument(plan, options, stylesheets, range), stylesheets, online: plan.meta.online };
  return withPaperPage(page, target, paper, what, marginText, limit, async () => {
    const fitted = showsNotes(options) ? await fitNotes(page) : { shrunk: [], cut: [] };
    if (showsNotes(options)) await endShortLines(page, '.sd-notes p, .sd-notes li');
    const slots = await measureSlots(page);
    const pdf = await withTimeout(
      page.pdf({ printBackground: true, preferCSSPageSize: true, timeout: 0 }),
      what,
      limit,
    );
    if (range) trace(`${what}: pages ${range.first + 1}–${range.last + 1} printed`);
    return { fitted, slots, pdf };
  });
}

/** The ranges' sheets joined into one PDF (no page labels, no bookmarks: the placing adds those); undefined where they
 *  could not be joined or did not print a page per sheet. */
async function joinSheets(
  printed: LaidOut[],
  plan: BuiltDeck['deck']['plan'],
  sheets: number,
): Promise<Uint8Array | undefined> {
  const { joinPdfs } = await import('./file/join.ts');
  const joined = joinPdfs(
    printed.map((one) => one.pdf),
    pdfInfo(plan.meta, '讲义'),
    () => [],
    { pageLabels: false },
  );
  return joined?.pages === sheets ? joined.bytes : undefined;
}

/** Everything the sheets are made from, as one text: the document, its margins, the stylesheets it links as they read
 *  now, and the layout asked for. The fonts are not in it: they are cut to the deck's characters, and the sheets' own
 *  text, which is in the document, prints the same from any cut that holds it. */
async function handoutInputs(built: BuiltDeck, options: HandoutOptions): Promise<string> {
  const { plan } = built.deck;
  const stylesheets = paperStylesheets(plan.meta.theme, '', 'handout').filter(Boolean);
  const sheets = await Promise.all(stylesheets.map((url) => fs.readFile(fileURLToPath(url), 'utf8')));
  const count = handoutPages(plan.slides, options.perPage, plan.meta.aspect).length;
  return JSON.stringify([handoutDocument(plan, options, stylesheets), handoutMarginText(count), sheets, options]);
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

/** Fits every notes box (see fit-notes.js); returns the slides whose notes were shrunk or cut. */
async function fitNotes(page: Page): Promise<{ shrunk: number[]; cut: number[] }> {
  await page.addScriptTag({ path: FIT_NOTES });
  const options = { ...NOTES_TYPE, step: 0.5, cut: NOTES_CUT };
  return page.evaluate(
    (o) =>
      (
        window as unknown as { speechdeckFitNotes: (o: unknown) => { shrunk: number[]; cut: number[] } }
      ).speechdeckFitNotes(o),
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
