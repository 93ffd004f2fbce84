// Pictures of the slides from the print path the slides PDF takes: reveal.js's print view (fonts loaded, every
// fragment shown, no transition), loaded once; the viewport is scrolled to each slide in turn, no page reloaded per
// slide.
import type { Browser } from 'puppeteer-core';
import type { BuiltDeck } from '../deck/folder.ts';
import { slideSize } from '../../deck/index.ts';
import { newPage } from '../browser/launch.ts';
import { deckUrl, openDeck, timeLimit, withTimeout } from '../page.ts';
import { trace } from '../../trace.ts';

/** `scale` device pixels per slide pixel: 1 gives 1920×1080 (1440×1080 for 4:3), 2 twice that. */
export async function shootSlides(
  browser: Browser,
  built: BuiltDeck,
  scale: number,
  what: string,
  picture: (index: number, png: Uint8Array) => Promise<void>,
): Promise<{ count: number; width: number; height: number }> {
  const { plan } = built.deck;
  const { width, height } = slideSize(plan.meta.aspect);
  const limit = timeLimit(plan.slides.length);
  const page = await newPage(browser, width, height);
  try {
    await openDeck(page, deckUrl(built.indexHtml, { 'print-pdf': true }), what, limit, plan.meta.online);
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
    trace(`${what}: ${tops.length} pictures taken`);
    return { count: tops.length, width: width * scale, height: height * scale };
  } finally {
    await page.close().catch(() => undefined);
  }
}
