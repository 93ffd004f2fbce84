// The slides PDF: reveal.js's print view, one 16:9 page per slide (optionally a notes page after each).
import fs from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Browser, Page } from 'puppeteer-core';
import type { BuiltDeck } from '../deck/folder.ts';
import { slideSize } from '../../deck/index.ts';
import { deckBookmarks } from './bookmarks.ts';
import { newPage } from '../browser/launch.ts';
import type { DeckPages } from './deck-pages.ts';
import { pdfInfo } from './metadata.ts';
import { deckUrl, openDeck, timeLimit, withTimeout } from '../page.ts';
import { saveBrowserPdf, stagedPdf } from './save.ts';
import { fileSource } from './file/read.ts';
import type { PdfSource } from './file/read.ts';
import { StagedFile } from '../../files/staged.ts';
import type { PdfOutput } from './save.ts';
import { trace } from '../../trace.ts';
import { measureOpenDeck } from '../layout.ts';
import type { SlideMeasure } from '../../check/layout.ts';
import { say } from '../../messages/index.ts';
import { rangeDocuments } from './range-document.ts';
import type { RangeDocument } from './range-document.ts';

export type { PdfOutput } from './save.ts';

export interface PrintOptions {
  /** A page of notes after each slide that has notes. */
  notes?: boolean;
  /** How many ranges to print the slides in (by default chosen from the cores and the deck's size). */
  ranges?: number;
  /** How many of them print at once, each in a page of its own (by default one per core). */
  pagesAtOnce?: number;
  /** The run's kept deck pages (the editor's exports): the deck's page is updated in place and kept open after. */
  pages?: DeckPages;
}

export async function exportSlidesPdf(
  browser: Browser,
  built: BuiltDeck,
  target: string,
  options: PrintOptions = {},
): Promise<PdfOutput> {
  return printSlides(browser, built, target, options);
}

/** The slides PDF and, from the same loaded deck, the slides in the light print variant for the handout: the two
 *  differ only in colours (themes/_print.css sets variables, nothing that moves), so the deck is loaded and laid
 *  out once instead of twice. With `paperType` (the handout at six a page) the copy is also in the points' paper
 *  type, likewise only a class on the page (`sd-paper-type`: sizes the deck already wrote on each slide). */
export function exportSlidesWithPaperCopy(
  browser: Browser,
  built: BuiltDeck,
  target: string,
  options: Pick<PrintOptions, 'ranges' | 'pagesAtOnce' | 'pages'> & { paperType?: boolean } = {},
): { output: Promise<PdfOutput>; paperSlides: PaperSlides } {
  let resolve: (pdf: Uint8Array) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const pdf = new Promise<Uint8Array>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  const paperType = options.paperType === true;
  const output = printSlides(browser, built, target, options, { done: resolve, paperType });
  output.catch(reject);
  return { output, paperSlides: { pdf, paperType } };
}

/** The slides printed for paper beside the slides PDF, and whether in their paper type (`?paper-type`). */
export interface PaperSlides {
  pdf: Promise<Uint8Array>;
  paperType: boolean;
}

/** How the slides are printed for paper: untagged, since the handout keeps only their drawing. */
export const PAPER_SLIDES_PDF = { printBackground: true, preferCSSPageSize: true, tagged: false, timeout: 0 } as const;

/** How the slides PDF is printed. */
const SLIDES_PDF = { printBackground: true, preferCSSPageSize: true, timeout: 0 } as const;

/** The slides for paper, when printed beside the slides PDF: handed to `done`, in paper type where asked. */
interface PaperCopy {
  done: (pdf: Uint8Array) => void;
  paperType: boolean;
}

/** The slides (already printed) again, in print colours (and paper type), from the same page. */
async function printPaperCopy(page: Page, what: string, limit: number, paperType: boolean): Promise<Uint8Array> {
  await page.evaluate(
    (classes) => document.documentElement.classList.add(...classes),
    paperType ? ['sd-print', 'sd-paper-type'] : ['sd-print'],
  );
  const pdf = await withTimeout(page.pdf(PAPER_SLIDES_PDF), `${what} (print colours)`, limit);
  trace(`${what}: printed in print colours`);
  return pdf;
}

async function printSlides(
  browser: Browser,
  built: BuiltDeck,
  target: string,
  options: PrintOptions,
  paperCopy?: PaperCopy,
): Promise<PdfOutput> {
  const { plan } = built.deck;
  const what = say('step', built.name, say(options.notes ? 'slidesPdfWithNotes' : 'slidesPdf'));
  // With notes pages in between, where a slide's pages fall is only known once printed: one page prints them all.
  const ranges = options.notes
    ? []
    : printRanges(plan.slides.length, availableParallelism(), options.ranges?.toString());
  if (ranges.length > 1) {
    const atOnce = Math.max(1, Math.min(options.pagesAtOnce ?? availableParallelism(), ranges.length));
    const output = await printInRanges(browser, built, target, ranges, atOnce, what, paperCopy);
    if (output) return output;
    trace(`${what}: the ranges could not be joined; printed again in one page`);
  }
  const { width, height } = slideSize(plan.meta.aspect);
  const limit = timeLimit(plan.slides.length);
  const query: Record<string, string | true> = { 'print-pdf': true };
  if (options.notes) query.showNotes = 'separate-page';
  const url = deckUrl(built.indexHtml, query);
  // The editor's exports keep the page open and update it in place (deck-pages.ts); only the notes PDF never does.
  const deckPages = options.notes ? undefined : options.pages;
  const opened = deckPages
    ? await deckPages.open(browser, built, url, what, limit, { width, height })
    : { page: await newPage(browser, width, height), shown: undefined };
  const { page } = opened;
  let printedWhole = false;
  try {
    if (!deckPages) await openDeck(page, url, what, limit, built.deck.plan.meta.online);
    trace(`${what}: deck ready`);
    // Measured as `check` measures, on this page: `deck` makes check's layout findings without a second load.
    const slides = await measureOpenDeck(page, what, limit);
    const printed = await printedPages(page, height);
    const raw = await withTimeout(page.pdf(SLIDES_PDF), what, limit);
    trace(`${what}: printed`);
    const saving = saveBrowserPdf(raw, target, pdfInfo(plan.meta, options.notes ? '附演讲备注' : ''), ({ pages }) => {
      // The print view's page of each slide; if the PDF disagrees with it, better no bookmarks than wrong ones.
      const agrees = printed.total === pages && printed.slides.length === plan.slides.length;
      return agrees ? deckBookmarks(plan, (slide) => ({ page: printed.slides[slide.number - 1]! })) : [];
    });
    // The paper copy does not wait for the file: a slides PDF held open in a viewer does not cost the handout.
    const paper = paperCopy && printPaperCopy(page, what, limit, paperCopy.paperType).then(paperCopy.done);
    const [saved, printedPaper] = await Promise.allSettled([saving, paper]);
    printedWhole = printedPaper.status === 'fulfilled';
    if (printedPaper.status === 'rejected') throw printedPaper.reason;
    if (saved.status === 'rejected') throw saved.reason;
    const output = saved.value;
    trace(`${what}: written`);
    return { ...output, slides, ...(options.notes ? { detail: say('notesPdfDetail') } : {}) };
  } finally {
    // Kept for the next export once it printed (a file held open by a viewer does not make the page wrong).
    if (deckPages && opened.shown && printedWhole) await deckPages.keep(built.indexHtml, page, opened.shown);
    else await page.close().catch(() => undefined);
  }
}

/** A run of slides, counted from 1, both ends included. */
export interface SlideRange {
  first: number;
  last: number;
}

/** Decks of fewer slides print in one page: below this, opening a second page of the deck costs more than the
 *  printing it takes over (see docs/performance.md for the measurements). */
export const PARALLEL_FROM_SLIDES = 200;
/** The fewest slides a range is given. */
const LEAST_PER_RANGE = 100;
/** The most slides a range is given. Chromium's time to print a document grows with the square of its pages (each
 *  page costs more the longer the document: 7 ms a slide in a range of 250, 11 ms in 500, 21 ms in 1,000, measured
 *  in one page), while opening a range costs about 1.2 s whatever its length: a long deck prints in many short
 *  ranges, one per core at a time, rather than in one long range per core (docs/performance.md, "5,000 slides"). */
export const MOST_PER_RANGE = 250;

/** The ranges a deck of `slides` slides is printed in: one per core the machine has, each of at least
 *  LEAST_PER_RANGE slides, and more where a range would exceed MOST_PER_RANGE; none below PARALLEL_FROM_SLIDES; an
 *  empty list means one page prints the whole deck. SPEECHDECK_PRINT_RANGES sets the number (1: never in ranges), for
 *  measuring. */
export function printRanges(
  slides: number,
  cores = availableParallelism(),
  asked = process.env.SPEECHDECK_PRINT_RANGES,
): SlideRange[] {
  const count =
    slides < PARALLEL_FROM_SLIDES
      ? 1
      : Math.max(Math.min(cores, Math.floor(slides / LEAST_PER_RANGE)), Math.ceil(slides / MOST_PER_RANGE));
  return evenRanges(slides, count, asked);
}

/** `items` split into `count` runs as even as can be (or into the number `asked`, SPEECHDECK_PRINT_RANGES, when it is
 *  one), counted from `from`, both ends included; an empty list for one run: one page prints them all. */
export function evenRanges(items: number, count: number, asked: string | undefined, from = 1): SlideRange[] {
  const forced = asked ? Number.parseInt(asked, 10) : Number.NaN;
  const runs = Number.isInteger(forced) && forced >= 1 ? Math.min(forced, items) : count;
  if (runs <= 1) return [];
  return Array.from({ length: runs }, (_, i) => ({
    first: Math.floor((i * items) / runs) + from,
    last: Math.floor(((i + 1) * items) / runs) + from - 1,
  }));
}

/** A range's slides as printed, and as its page measured them (numbered as in the deck). */
interface PrintedRange {
  /** streamed to a staging file, read from there by offset */
  pdf: PdfSource;
  slides: SlideMeasure[];
}

/** One range of the slides printed in a page of its own, handed to `printed` as soon as it is (undefined when the
 *  print view did not lay out a page per slide); then, for the handout, the same slides in print colours, which it
 *  returns. */
async function printRange(
  browser: Browser,
  built: BuiltDeck,
  range: SlideRange,
  what: string,
  printed: (range: PrintedRange | undefined) => void,
  documents: RangeDocument | undefined,
  /** where the range's PDF is staged beside; the staging file is handed to `staged` to be removed after the join */
  staging: { target: string; staged: (file: StagedFile) => void },
  paper?: PaperCopy,
): Promise<Uint8Array | undefined> {
  const { plan } = built.deck;
  const { width, height } = slideSize(plan.meta.aspect);
  const limit = timeLimit(range.last - range.first + 1);
  const page = await newPage(browser, width, height);
  try {
    await openRange(page, built, range, {}, what, limit, documents);
    const pages = await printedPages(page, height);
    // A page per slide of the range, or the join would misplace them: then the deck is printed whole instead.
    const count = range.last - range.first + 1;
    if (pages.total !== count || pages.slides.length !== count) {
      printed(undefined);
      return undefined;
    }
    // The range's slides measured as the whole deck's are, numbered as in the deck.
    const slides = (await measureOpenDeck(page, what, limit)).map((measure) => ({
      ...measure,
      index: measure.index + range.first - 1,
    }));
    // Streamed to its file and read from there by offset: not held while the copy prints.
    const stream = await withTimeout(page.createPDFStream(SLIDES_PDF), what, limit);
    const file = await withTimeout(stagedPdf(stream, staging.target), what, limit);
    staging.staged(file);
    printed({ pdf: fileSource(file.written()), slides });
    trace(`${what}: slides ${range.first}–${range.last} printed`);
    return paper ? await printPaperCopy(page, what, limit, paper.paperType) : undefined;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The slides printed in ranges, `atOnce` pages at a time, each range in a page of its own (the next range in a new
 *  page as one ends), joined into the slides PDF (and the paper copy, when asked for, joined likewise); undefined when
 *  a range did not print a page per slide or the ranges could not be joined, for the caller to print the deck whole.
 *  The slides are joined while the last ranges' pages print their paper copies, rather than after. */
async function printInRanges(
  browser: Browser,
  built: BuiltDeck,
  target: string,
  ranges: SlideRange[],
  atOnce: number,
  what: string,
  paperCopy?: PaperCopy,
): Promise<PdfOutput | undefined> {
  const { plan } = built.deck;
  const documents = await rangeDocumentsOf(built);
  const slidesOf = ranges.map(() => settleable<PrintedRange | undefined>());
  const files: StagedFile[] = [];
  const staging = { target, staged: (file: StagedFile) => files.push(file) };
  // A range that failed, or printed other than a page per slide, stops the others taking new ranges. Every page is
  // done before this returns or fails: none is left printing when the browser closes.
  const allPrinted = inTurn(ranges, atOnce, async (range, i) => {
    const slides = slidesOf[i]!;
    let pagePerSlide = true;
    const printed = (pages: PrintedRange | undefined) => {
      pagePerSlide = pages !== undefined;
      slides.resolve(pages);
    };
    // (a range that failed before it printed its slides rejects both; `resolve` after `printed` does nothing)
    const paper = await printRange(browser, built, range, what, printed, documents, staging, paperCopy).catch(
      (error: unknown) => {
        slides.reject(error);
        throw error;
      },
    );
    slides.resolve(undefined);
    return pagePerSlide ? { paper } : undefined;
  }).finally(() => {
    // (the ranges never started, after a stop, count as not printed)
    for (const slides of slidesOf) slides.resolve(undefined);
  });
  // (its failure is thrown below, once the slides are joined or not)
  allPrinted.catch(() => undefined);
  const output = await joinSlides(
    plan,
    slidesOf.map((slides) => slides.promise),
    what,
    target,
  )
    .then((joined) => {
      // The file is written as it is joined, before the print-colour copy is: the handout then places its slides
      // with neither the ranges nor this file held.
      if (joined) trace(`${what}: written`);
      return joined;
    })
    .catch(async (error: unknown) => {
      await allPrinted.catch(() => undefined);
      throw error;
    })
    .finally(async () => {
      await allPrinted.catch(() => undefined);
      await Promise.all(files.map((file) => file.abandon()));
    });
  const papers = (await allPrinted)?.map((range) => range.paper);
  if (!output || !papers) return undefined;
  if (paperCopy) {
    if (!papers.every((pdf): pdf is Uint8Array => pdf !== undefined)) return undefined;
    const paper = await joinPaperRanges(papers, plan);
    if (!paper) return undefined;
    // (handed on last, when nothing else of the ranges is needed)
    paperCopy.done(paper.bytes);
  }
  return output;
}

/** The slides in print colours alone (and in their paper type where asked), for a handout printed without the
 *  slides PDF beside it: in ranges as the slides PDF is, `atOnce` pages at a time, and joined; undefined where the
 *  deck prints in one page, or a range did not print a page per slide, or the ranges could not be joined. */
export async function printPaperInRanges(
  browser: Browser,
  built: BuiltDeck,
  paperType: boolean,
  what: string,
  atOnce = availableParallelism(),
): Promise<Uint8Array | undefined> {
  const { plan } = built.deck;
  const ranges = printRanges(plan.slides.length);
  if (ranges.length <= 1) return undefined;
  const { width, height } = slideSize(plan.meta.aspect);
  const documents = await rangeDocumentsOf(built);
  const printed = await inTurn(ranges, Math.max(1, Math.min(atOnce, ranges.length)), async (range) => {
    const limit = timeLimit(range.last - range.first + 1);
    const page = await newPage(browser, width, height);
    try {
      const query: Record<string, string | true> = { 'print-variant': true };
      if (paperType) query['paper-type'] = true;
      await openRange(page, built, range, query, what, limit, documents);
      const pages = await printedPages(page, height);
      const count = range.last - range.first + 1;
      if (pages.total !== count || pages.slides.length !== count) return undefined;
      const pdf = await withTimeout(page.pdf(PAPER_SLIDES_PDF), what, limit);
      trace(`${what}: slides ${range.first}–${range.last} printed in print colours`);
      return pdf;
    } finally {
      await page.close().catch(() => undefined);
    }
  });
  if (!printed) return undefined;
  const joined = await joinPaperRanges(printed, plan);
  if (joined?.pages !== plan.slides.length) return undefined;
  trace(`${what}: ${ranges.length} ranges joined`);
  return joined.bytes;
}

/** The deck's page cut to each range (range-document.ts), read once for all the ranges; undefined where it cannot be
 *  cut (the client then drops the other slides). */
async function rangeDocumentsOf(built: BuiltDeck): Promise<RangeDocument | undefined> {
  const html = await fs.readFile(built.indexHtml, 'utf8').catch(() => undefined);
  return html === undefined ? undefined : rangeDocuments(html, built.deck.slidesHtml, built.deck.slideSections);
}

/** Opens `range` of the deck's slides in print view (with the `query` given besides): the page is given only the
 *  range's slides where `documents` can cut them, otherwise the whole deck with `?print-slides`, which the client cuts
 *  to the range before laying it out. */
async function openRange(
  page: Page,
  built: BuiltDeck,
  range: SlideRange,
  query: Record<string, string | true>,
  what: string,
  limit: number,
  documents: RangeDocument | undefined,
): Promise<void> {
  const { online } = built.deck.plan.meta;
  if (documents) {
    const url = deckUrl(built.indexHtml, { 'print-pdf': true, ...query });
    await openDeck(page, url, what, limit, online, documents(range.first, range.last));
  } else {
    const url = deckUrl(built.indexHtml, {
      'print-pdf': true,
      ...query,
      'print-slides': `${range.first}-${range.last}`,
    });
    await openDeck(page, url, what, limit, online);
  }
}

/** The print-colour copies of the ranges joined into one PDF (no page labels: the handout places its pages);
 *  undefined where they could not be joined. */
async function joinPaperRanges(pdfs: Uint8Array[], plan: BuiltDeck['deck']['plan']) {
  const { joinPdfs } = await import('./file/join.ts');
  return joinPdfs(pdfs, pdfInfo(plan.meta), () => [], { pageLabels: false });
}

/** `work` done for each of `items` (with its index), `atOnce` at a time, each next one started as one ends; its
 *  results in order, or undefined as soon as one gives undefined (no more are started). Every one started is done
 *  before this returns or throws the first failure. */
export async function inTurn<T, R>(
  items: T[],
  atOnce: number,
  work: (item: T, index: number) => Promise<R | undefined>,
): Promise<R[] | undefined> {
  const results: R[] = [];
  let next = 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next < items.length) {
      const i = next++;
      const result = await work(items[i]!, i).catch((error: unknown) => {
        stopped = true;
        throw error;
      });
      if (result === undefined) stopped = true;
      else results[i] = result;
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: atOnce }, worker));
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return stopped ? undefined : results;
}

/** A promise with its resolve and reject at hand; only the first of them counts. */
function settleable<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // (a rejection is handled by whoever awaits it; one nobody awaits is not left unhandled)
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** The ranges' slides joined into the slides PDF as soon as every range has printed them; undefined when a range did
 *  not print a page per slide or the join failed. */
async function joinSlides(
  plan: BuiltDeck['deck']['plan'],
  slidesOf: Array<Promise<PrintedRange | undefined>>,
  what: string,
  target: string,
): Promise<PdfOutput | undefined> {
  const printed = await Promise.all(slidesOf);
  if (!printed.every((range) => range !== undefined)) return undefined;
  const { joinPdfs } = await import('./file/join.ts');
  // Written to its file as it is joined, not held.
  const out = StagedFile.open(target);
  // One page per slide, in order: slide n is page n - 1.
  const joined = joinPdfs(
    printed.map((range) => range.pdf),
    pdfInfo(plan.meta),
    ({ pages }) => (pages === plan.slides.length ? deckBookmarks(plan, (slide) => ({ page: slide.number - 1 })) : []),
    { out: (bytes) => out.write(bytes) },
  );
  if (!joined || joined.pages !== plan.slides.length) {
    await out.abandon();
    return undefined;
  }
  const bytes = out.length;
  await out.finish();
  trace(`${what}: ${printed.length} ranges joined`);
  return { path: target, pages: joined.pages, bytes, slides: printed.flatMap((range) => range.slides) };
}

/** Where each slide lands in reveal's print view: a page per slide, and after it, with `showNotes`, its notes
 *  page(s) (reveal.js adds one only for slides that have notes; very long notes run on to a further page). */
async function printedPages(page: Page, slideHeight: number): Promise<{ slides: number[]; total: number }> {
  return page.evaluate((pageHeight) => {
    const slides: number[] = [];
    let total = 0;
    for (const element of Array.from(document.querySelectorAll('.reveal .slides > *'))) {
      if (element.classList.contains('pdf-page')) {
        if (element.querySelector('section')) slides.push(total);
        total += 1;
      } else if (element.classList.contains('speaker-notes-pdf')) {
        total += Math.max(1, Math.ceil((element.getBoundingClientRect().height - 1) / pageHeight));
      }
    }
    return { slides, total };
  }, slideHeight);
}
