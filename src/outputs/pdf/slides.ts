// The slides PDF: reveal.js's print view, one 16:9 page per slide (optionally a notes page after each).
import type { Browser, Page } from 'puppeteer-core';
import type { BuiltDeck } from '../deck/folder.ts';
import { slideSize } from '../../deck/index.ts';
import { deckBookmarks } from './bookmarks.ts';
import { newPage } from '../browser/launch.ts';
import { pdfInfo } from './metadata.ts';
import { deckUrl, openDeck, timeLimit, withTimeout } from '../page.ts';
import { saveBrowserPdf } from './save.ts';
import type { PdfOutput } from './save.ts';
import { trace } from '../../trace.ts';
import { measureOpenDeck } from '../layout.ts';
import { say } from '../../messages/index.ts';

export type { PdfOutput } from './save.ts';

export async function exportSlidesPdf(
  browser: Browser,
  built: BuiltDeck,
  target: string,
  options: { notes?: boolean } = {},
): Promise<PdfOutput> {
  return printSlides(browser, built, target, options);
}

/** The slides PDF and, from the same loaded deck, the slides in the light print variant for the handout: the two
 *  differ only in colours (themes/_print.css sets variables, nothing that moves), so the deck is loaded and laid
 *  out once instead of twice. */
export function exportSlidesWithPaperCopy(
  browser: Browser,
  built: BuiltDeck,
  target: string,
): { output: Promise<PdfOutput>; paperSlides: Promise<Uint8Array> } {
  let resolve: (pdf: Uint8Array) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const paperSlides = new Promise<Uint8Array>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  const output = printSlides(browser, built, target, {}, async (page, what) => {
    await page.evaluate(() => document.documentElement.classList.add('sd-print'));
    resolve(
      await withTimeout(
        page.pdf(PAPER_SLIDES_PDF),
        `${what} (print colours)`,
        timeLimit(built.deck.plan.slides.length),
      ),
    );
    trace(`${what}: printed in print colours`);
  });
  output.catch(reject);
  return { output, paperSlides };
}

/** How the slides are printed for paper: untagged, since the handout keeps only their drawing. */
export const PAPER_SLIDES_PDF = { printBackground: true, preferCSSPageSize: true, tagged: false, timeout: 0 } as const;

async function printSlides(
  browser: Browser,
  built: BuiltDeck,
  target: string,
  options: { notes?: boolean },
  then?: (page: Page, what: string) => Promise<void>,
): Promise<PdfOutput> {
  const { plan } = built.deck;
  const { width, height } = slideSize(plan.meta.aspect);
  const page = await newPage(browser, width, height);
  const what = say('step', built.name, say(options.notes ? 'slidesPdfWithNotes' : 'slidesPdf'));
  const limit = timeLimit(plan.slides.length);
  try {
    const query: Record<string, string | true> = { 'print-pdf': true };
    if (options.notes) query.showNotes = 'separate-page';
    await openDeck(page, deckUrl(built.indexHtml, query), what, limit, built.deck.plan.meta.online);
    trace(`${what}: deck ready`);
    // Measured as `check` measures, on this page: `deck` makes check's layout findings without a second load.
    const slides = await measureOpenDeck(page, what, limit);
    const printed = await printedPages(page, height);
    const raw = await withTimeout(
      page.pdf({ printBackground: true, preferCSSPageSize: true, timeout: 0 }),
      what,
      limit,
    );
    trace(`${what}: printed`);
    const saving = saveBrowserPdf(raw, target, pdfInfo(plan.meta, options.notes ? '附演讲备注' : ''), ({ pages }) => {
      // The print view's page of each slide; if the PDF disagrees with it, better no bookmarks than wrong ones.
      const agrees = printed.total === pages && printed.slides.length === plan.slides.length;
      return agrees ? deckBookmarks(plan, (slide) => ({ page: printed.slides[slide.number - 1]! })) : [];
    });
    // The paper copy does not wait for the file: a slides PDF held open in a viewer does not cost the handout.
    const [saved, paper] = await Promise.allSettled([saving, then?.(page, what)]);
    if (paper.status === 'rejected') throw paper.reason;
    if (saved.status === 'rejected') throw saved.reason;
    const output = saved.value;
    trace(`${what}: written`);
    return { ...output, slides, ...(options.notes ? { detail: say('notesPdfDetail') } : {}) };
  } finally {
    await page.close().catch(() => undefined);
  }
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
