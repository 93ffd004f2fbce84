// The speaker's script PDF: laid out by the browser in large serif type; bookmarks at the parts and slide markers.
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import type { Browser, Page } from 'puppeteer-core';
import type { BuiltDeck } from '../deck/folder.ts';
import { formatMinutes } from '../../deck/index.ts';
import type { DeckPlan } from '../../deck/index.ts';
import { deckBookmarks } from './bookmarks.ts';
import type { Bookmark, Place } from './bookmarks.ts';
import { A4_PX, endShortLines, paperFonts, paperStylesheets, withPaperPage } from './paper.ts';
import { SCRIPT_FACES } from '../../fonts/index.ts';
import { charactersOfHtml } from '../../fonts/text.ts';
import { newPage } from '../browser/launch.ts';
import { pdfInfo } from './metadata.ts';
import { timeLimit, withTimeout } from '../page.ts';
import { saveStreamedPdf, stagedPdf } from './save.ts';
import type { PdfOutput } from './save.ts';
import { scriptDocument, scriptHeadings, scriptMarginText } from './script-html.ts';
import type { ScriptRange } from './script-html.ts';
import { fileSource, readUpdatablePdf } from './file/read.ts';
import { inTurn } from './slides.ts';
import { StagedFile } from '../../files/staged.ts';
import { trace } from '../../trace.ts';
import { say } from '../../messages/index.ts';

/** Everything the script's file is made from, as one text (see output.ts's `inputs`): its document and margins,
 *  the stylesheets it links, as they read now, and its metadata and what is said of it. The fonts are not in it: they
 *  are cut to the document's characters (with the deck's, which a PDF does not embed where the page does not use
 *  them). */
export async function scriptInputs(built: BuiltDeck): Promise<string> {
  const { plan } = built.deck;
  const stylesheets = paperStylesheets(plan.meta.theme, '', 'script').filter(Boolean);
  const sheets = await Promise.all(stylesheets.map((url) => fs.readFile(fileURLToPath(url), 'utf8')));
  return JSON.stringify([
    scriptDocument(plan, stylesheets),
    scriptMarginText(plan),
    sheets,
    pdfInfo(plan.meta, SCRIPT_SUFFIX),
    scriptDetail(plan),
  ]);
}

export async function exportScript(browser: Browser, built: BuiltDeck, target: string): Promise<PdfOutput> {
  const { plan } = built.deck;
  const what = say('step', built.name, say('script'));
  // Glyphs only the page margins use: the running title and the page numbers.
  const marginText = scriptMarginText(plan);
  const fonts = await paperFonts(built.characters, SCRIPT_FACES, [
    charactersOfHtml(scriptDocument(plan, [])),
    marginText,
  ]);
  const stylesheets = paperStylesheets(plan.meta.theme, fonts, 'script');
  const limit = timeLimit(plan.slides.length);
  const paper = (range?: ScriptRange) => ({
    html: scriptDocument(plan, stylesheets, range),
    stylesheets,
    online: plan.meta.online,
  });
  const inPage = async <T>(work: (page: Page) => Promise<T>): Promise<T> => {
    const page = await newPage(browser, A4_PX.width, A4_PX.height);
    try {
      return await work(page);
    } finally {
      await page.close().catch(() => undefined);
    }
  };
  /** The script laid out whole in `page`, then printed there, or, where it is long, split into ranges. */
  const laidOutWhole = (page: Page, split: boolean) =>
    withPaperPage(page, target, paper(), what, marginText, limit, async () => {
      await withTimeout(endShortLines(page, NOTES_BLOCKS), what, limit);
      const ranges = split ? await withTimeout(splitScript(page, plan), what, limit) : [];
      if (ranges.length > 1) return ranges;
      // `outline`: Chromium lists the headings (parts, slide markers) with the page each landed on. Streamed to
      // the file, not held whole (a long talk's script is tens of MB).
      const stream = await withTimeout(page.createPDFStream(SCRIPT_PDF), what, limit);
      return withTimeout(
        saveStreamedPdf(stream, target, pdfInfo(plan.meta, SCRIPT_SUFFIX), ({ outline }) =>
          scriptBookmarks(plan, outline),
        ),
        what,
        limit,
      );
    });
  let output = await inPage((page) => laidOutWhole(page, scriptInRanges(plan.slides.length)));
  if (Array.isArray(output)) {
    const ranges = output;
    const joined = await printInRanges(ranges, (range, into) =>
      withPaperPage(into, target, paper(range), what, marginText, limit, async () => {
        await withTimeout(endShortLines(into, NOTES_BLOCKS), what, limit);
        const stream = await withTimeout(into.createPDFStream(SCRIPT_PDF), what, limit);
        return withTimeout(stagedPdf(stream, target), what, limit);
      }),
    );
    output = joined ?? (await inPage((page) => laidOutWhole(page, false)));
  }
  trace(`${what}: written`);
  return { ...(output as PdfOutput), detail: scriptDetail(plan) };

  /** The ranges printed, `cores` pages at a time, each streamed to a file of its own, and joined into the script;
   *  undefined where a range printed other than the pages the layout found for it, or they could not be joined. */
  async function printInRanges(
    ranges: ScriptRange[],
    print: (range: ScriptRange, page: Page) => Promise<StagedFile>,
  ): Promise<PdfOutput | undefined> {
    const files: StagedFile[] = [];
    try {
      const printed = await inTurn(ranges, Math.min(availableParallelism(), ranges.length), async (range, i) => {
        const file = await inPage((page) => print(range, page));
        files[i] = file;
        const source = fileSource(file.written());
        const pdf = readUpdatablePdf(source);
        if (pdf?.pages.length !== rangePages(range, ranges)) return undefined;
        trace(`${what}: pages ${range.firstPage}–${range.firstPage + pdf.pages.length - 1} printed`);
        return { source, outline: pdf.outline };
      });
      if (!printed) {
        trace(`${what}: a range printed other pages than laid out; printed whole`);
        return undefined;
      }
      const { joinPdfs } = await import('./file/join.ts');
      const outline = printed.flatMap((range, i) =>
        range.outline.map((entry) => ({ ...entry, page: entry.page + ranges[i]!.firstPage - 1 })),
      );
      // written to its file as it is joined, not held
      const out = StagedFile.open(target);
      const joined = joinPdfs(
        printed.map((range) => range.source),
        pdfInfo(plan.meta, SCRIPT_SUFFIX),
        () => scriptBookmarks(plan, outline),
        { pageLabels: false, out: (bytes) => out.write(bytes) },
      );
      if (joined?.pages !== ranges[0]!.pages) {
        await out.abandon();
        return undefined;
      }
      const bytes = out.length;
      await out.finish();
      trace(`${what}: ${ranges.length} ranges joined`);
      return { path: target, pages: joined.pages, bytes };
    } finally {
      await Promise.all(files.map((file) => file?.abandon()));
    }
  }
}

/** How the script is printed (see exportScript). */
const SCRIPT_PDF = { preferCSSPageSize: true, printBackground: true, outline: true, timeout: 0 } as const;

/** The blocks whose short lines are ended (see endShortLines). */
const NOTES_BLOCKS = '.sd-script-notes p, .sd-script-notes li';

/** Scripts of fewer slides print whole in one page: by default all of them. Measured on this project's 2-core
 *  machine at a load of 33–47, the ranges cost more CPU than one document at every size tried (480 to 5,000 slides:
 *  laying the whole out to find its page breaks, each range's own layout, and the join of the ranges' tags and faces)
 *  and saved no wall time; see docs/performance.md, "The script in ranges". SPEECHDECK_PRINT_RANGES asks for them. */
const SCRIPT_IN_RANGES_FROM = Number.POSITIVE_INFINITY;
/** The most pages a range is given, and the fewest: Chromium's time to print a document grows faster than its pages. */
const MOST_SCRIPT_PAGES_PER_RANGE = 100;
const LEAST_SCRIPT_PAGES_PER_RANGE = 30;

/** Whether a script of `slides` slides is laid out to be split into ranges (SPEECHDECK_PRINT_RANGES: 1 never, more
 *  always). */
export function scriptInRanges(slides: number, asked = process.env.SPEECHDECK_PRINT_RANGES): boolean {
  const forced = asked ? Number.parseInt(asked, 10) : Number.NaN;
  return Number.isInteger(forced) && forced >= 1 ? forced > 1 : slides >= SCRIPT_IN_RANGES_FROM;
}

/** How many ranges a script of `pages` pages is printed in: one per core, each of at least
 *  LEAST_SCRIPT_PAGES_PER_RANGE pages, more where a range would hold over MOST_SCRIPT_PAGES_PER_RANGE (or the number
 *  SPEECHDECK_PRINT_RANGES asks for). */
export function scriptRangeCount(
  pages: number,
  cores = availableParallelism(),
  asked = process.env.SPEECHDECK_PRINT_RANGES,
): number {
  const forced = asked ? Number.parseInt(asked, 10) : Number.NaN;
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, pages);
  return Math.max(
    Math.min(cores, Math.floor(pages / LEAST_SCRIPT_PAGES_PER_RANGE)),
    Math.ceil(pages / MOST_SCRIPT_PAGES_PER_RANGE),
  );
}

/** The pages a range holds. */
function rangePages(range: ScriptRange, ranges: ScriptRange[]): number {
  const next = ranges[ranges.indexOf(range) + 1];
  return (next ? next.firstPage : range.pages + 1) - range.firstPage;
}

/** The script laid out in `page` cut into ranges at page breaks: where the whole's pages will break is found by
 *  laying its text out in columns of the page's area (Chromium breaks columns as it breaks pages), and a range
 *  starts only on a page whose first block begins a slide, so that each range prints the same pages as the whole.
 *  Fewer than two ranges where no such pages are found. */
export async function splitScript(page: Page, plan: DeckPlan, count = scriptRangeCount): Promise<ScriptRange[]> {
  const { pages, starts } = await page.evaluate(pageStarts);
  return scriptCuts(pages, starts, count(pages), plan.slides.length);
}

/** Ranges of `slides` slides over `pages` pages, `wanted` of them as even in pages as the places allow: `starts[i]`
 *  is the page (from 0) slide i begins at the top of, or -1. */
export function scriptCuts(pages: number, starts: number[], wanted: number, slides: number): ScriptRange[] {
  const places = starts.flatMap((at, slide) => (slide > 0 && at > 0 ? [{ slide, at }] : []));
  const cuts: Array<{ slide: number; at: number }> = [{ slide: 0, at: 0 }];
  for (let k = 1; k < wanted; k++) {
    const aim = (k * pages) / wanted;
    const after = places.filter((place) => place.at > cuts.at(-1)!.at);
    const nearest = after.reduce<{ slide: number; at: number } | undefined>(
      (best, place) => (!best || Math.abs(place.at - aim) < Math.abs(best.at - aim) ? place : best),
      undefined,
    );
    if (nearest) cuts.push(nearest);
  }
  return cuts.map((cut, i) => ({
    first: cut.slide,
    last: (cuts[i + 1]?.slide ?? slides) - 1,
    firstPage: cut.at + 1,
    pages,
  }));
}

/** In the page: the text laid out in columns of the page's area, as the pages will break; the page count, and for
 *  each slide the page whose top its first block is at (-1 where it begins lower on a page). A slide's first block is
 *  its part's heading where it opens a part, otherwise its marker (or the box of marker and notes); see
 *  script-html.ts. */
function pageStarts(): { pages: number; starts: number[] } {
  const body = document.body;
  const probe = document.createElement('div');
  probe.style.height = 'var(--sd-script-area-height)';
  body.append(probe);
  const height = probe.getBoundingClientRect().height;
  probe.remove();
  const width = body.getBoundingClientRect().width;
  const before = body.getAttribute('style');
  body.style.cssText += `;height:${height}px;columns:${width}px;column-gap:0;column-fill:auto;`;
  try {
    const origin = body.getBoundingClientRect();
    const pages = Math.max(1, Math.round(body.scrollWidth / width));
    const starts = Array.from(document.querySelectorAll('h2.sd-marker'), (marker) => {
      const slide = marker.parentElement!.classList.contains('sd-script-slide') ? marker.parentElement! : marker;
      const section = slide.parentElement!;
      const heading = section.querySelector(':scope > h1.sd-script-part');
      const first = section.querySelector(':scope > .sd-script-slide, :scope > h2.sd-marker') === slide;
      const block = heading && first ? heading : slide;
      const at = block.getBoundingClientRect();
      const column = Math.round((at.left - origin.left) / width);
      return Math.abs(at.top - origin.top) < 1 ? column : -1;
    });
    return { pages, starts };
  } finally {
    if (before === null) body.removeAttribute('style');
    else body.setAttribute('style', before);
  }
}

/** The document's name after the talk's title in the PDF's metadata. */
const SCRIPT_SUFFIX = '讲稿';

/** What the terminal says of the script after its page count. */
function scriptDetail(plan: DeckPlan): string {
  return say(
    'scriptDetail',
    formatMinutes(plan.seconds),
    say('paceUsed', plan.meta.pace, plan.rehearsed?.rehearsals ?? 0),
  );
}

/** Our bookmarks at the places Chromium's outline found for the same headings; none if the two disagree. */
function scriptBookmarks(plan: DeckPlan, found: Array<Place & { title: string }>): Bookmark[] {
  const headings = scriptHeadings(plan);
  const squash = (text: string) => text.replace(/\s+/g, '');
  // (Chromium may repeat the text of a heading it moved to the next page: compare the start.)
  const agrees =
    found.length === headings.length && headings.every((h, i) => squash(found[i]!.title).startsWith(squash(h.title)));
  if (!agrees) return [];
  const places = new Map<number, Place>();
  headings.forEach((heading, i) => {
    // A part's heading comes before its divider's marker: the part's bookmark goes to the heading.
    if (!places.has(heading.slide.number)) places.set(heading.slide.number, found[i]!);
  });
  return deckBookmarks(plan, (slide) => {
    const { page, top } = places.get(slide.number)!;
    return top === undefined ? { page } : { page, top };
  });
}
