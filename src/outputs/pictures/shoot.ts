// Pictures of the slides from the print path the slides PDF takes: reveal.js's print view (fonts loaded, every
// fragment shown, no transition), loaded once a page; the viewport is scrolled to each slide in turn, no page reloaded
// per slide. Where the machine has a second core, two pages shoot at once, each given half of the slides.
import { availableParallelism } from 'node:os';
import type { Browser, Page } from 'puppeteer-core';
import type { BuiltDeck } from '../deck/folder.ts';
import { slideSize } from '../../deck/index.ts';
import { newPage } from '../browser/launch.ts';
import { deckUrl, openDeck, timeLimit, withTimeout } from '../page.ts';
import { trace } from '../../trace.ts';

/** Below this many slides one page shoots them all: a second page's load of the deck (about a fifth of a second of
 *  CPU) would cost more than its half of the pictures saves. */
const TWO_PAGES_FROM_SLIDES = 8;

/** How many pages shoot a deck of `slides` slides at once: two where the machine has two cores or more, one
 *  otherwise. Each picture is bounded by the CPU Chromium gets, its renderer, GPU and browser processes working one
 *  after another for each, so two pages take the pictures in about half the time on a free core; they cost 30–40 %
 *  more CPU (the deck laid out twice, each page's frames drawn), which a busy machine pays for little. The machine's
 *  load is not asked: an office PC is seldom busy, and the pictures of a deck must not depend on what else runs
 *  (the two ways round a gradient a shade apart). SPEECHDECK_PICTURE_PAGES sets the number (1 or 2). */
export function picturePages(
  slides: number,
  cores = availableParallelism(),
  asked = process.env.SPEECHDECK_PICTURE_PAGES,
): 1 | 2 {
  if (asked === '1' || asked === '2') return slides < 2 ? 1 : (Number(asked) as 1 | 2);
  return slides >= TWO_PAGES_FROM_SLIDES && cores >= 2 ? 2 : 1;
}

/** `scale` device pixels per slide pixel: 1 gives 1920×1080 (1440×1080 for 4:3), 2 twice that. `picture` is called
 *  with each slide's index (from 0), not necessarily in order when two pages shoot (`pages`, picturePages's by
 *  default). */
export async function shootSlides(
  browser: Browser,
  built: BuiltDeck,
  scale: number,
  what: string,
  picture: (index: number, png: Uint8Array) => Promise<void>,
  pages: 1 | 2 = picturePages(built.deck.plan.slides.length),
): Promise<{ count: number; width: number; height: number; pages: 1 | 2 }> {
  const { plan } = built.deck;
  const { width, height } = slideSize(plan.meta.aspect);
  const total = plan.slides.length;
  const limit = timeLimit(total);
  // (slides counted from 1) the first page's and the second's
  const ranges =
    pages === 2
      ? [
          { first: 1, last: Math.ceil(total / 2) },
          { first: Math.ceil(total / 2) + 1, last: total },
        ]
      : [undefined];
  // Both pages done before this returns or throws: no picture is written after a failure has been reported.
  const settled = await Promise.allSettled(
    ranges.map(async (range) => {
      const page = await newPage(browser, width, height);
      try {
        const query: Record<string, string | true> = { 'print-pdf': true };
        if (range) query['print-slides'] = `${range.first}-${range.last}`;
        await openDeck(page, deckUrl(built.indexHtml, query), what, limit, plan.meta.online);
        return await shootPage(page, width, height, scale, what, limit, (i, png) =>
          picture((range?.first ?? 1) - 1 + i, png),
        );
      } finally {
        await page.close().catch(() => undefined);
      }
    }),
  );
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  const count = settled.reduce((sum, result) => sum + (result.status === 'fulfilled' ? result.value : 0), 0);
  trace(`${what}: ${count} pictures taken in ${pages} page${pages === 1 ? '' : 's'}`);
  return { count, width: width * scale, height: height * scale, pages };
}

/** The pictures of the slides a page opened in print view holds, in order; how many. */
async function shootPage(
  page: Page,
  width: number,
  height: number,
  scale: number,
  what: string,
  limit: number,
  picture: (index: number, png: Uint8Array) => Promise<void>,
): Promise<number> {
  // reveal.js makes each print page a pixel shorter than the slide (so that no blank page follows it in a PDF);
  // a picture is the whole slide.
  await page.addStyleTag({ content: `.reveal .slides > .pdf-page { height: ${height}px !important; }` });
  const tops = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.reveal .slides > .pdf-page'))
      .filter((element) => element.querySelector('section'))
      .map((element) => element.getBoundingClientRect().top + window.scrollY),
  );
  trace(`${what}: deck ready`);
  // The viewport is one slide, scrolled to each in turn and taken whole. A taller viewport holding several slides
  // (each cut out by a clip) costs more: every picture makes Chromium's software compositor draw the whole
  // viewport again, and the renderer keeps the whole band rastered (measured, 21 slides: about 15 % more CPU).
  await page.setViewport({ width, height, deviceScaleFactor: scale });
  const cdp = await page.createCDPSession();
  try {
    for (const [i, top] of tops.entries()) {
      await page.evaluate((y) => window.scrollTo(0, y), top);
      const shot = await withTimeout(
        cdp.send('Page.captureScreenshot', {
          format: 'png',
          // zlib's fastest setting: files a little larger, taken in a fraction of the time
          optimizeForSpeed: true,
          captureBeyondViewport: false,
        }),
        what,
        limit,
      );
      await picture(i, Buffer.from(shot.data, 'base64'));
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  return tops.length;
}
