// The long image (长图) for WeChat: the page of long-html.ts laid out in the browser from the slides' PNG pictures, cut
// into parts no taller than a phone app takes, each encoded as a 4:4:4 JPEG of at most 5 MB.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import type { BuiltDeck } from '../deck/folder.ts';
import { slideSize } from '../../deck/index.ts';
import { SLIDE_FACES } from '../../fonts/index.ts';
import { writeFileAtomically } from '../../files/atomic.ts';
import { newPage } from '../browser/launch.ts';
import { readOnly } from '../browser/request-filter.ts';
import { themePath } from '../../files/paths.ts';
import { timeLimit, withTimeout } from '../page.ts';
import { paperFonts, withPaperPage } from '../pdf/paper.ts';
import { trace } from '../../trace.ts';
import { decodePng, encodeJpeg, markedJpeg } from './jpeg.ts';
import { LONG_WIDTH, longImageDocument, longImageParts, longImageText } from './long-html.ts';

/** No part taller than this (px): WeChat and most phone viewers shrink or refuse taller pictures. */
const LONG_MAX_HEIGHT = 16_000;
/** No part larger than this (bytes): what a WeChat article and most group chats take as a picture. */
const LONG_MAX_BYTES = 5 * 1024 * 1024;
/** JPEG quality: the first tried, and the least a part may be given before it is cut smaller instead. */
const QUALITY = { first: 92, least: 90 } as const;

/** One file of the long image. */
export interface LongImagePart {
  path: string;
  width: number;
  height: number;
  bytes: number;
}

/** `X-长图.jpg`, or, when it is cut in parts, `X-长图-1.jpg`, `X-长图-2.jpg`… */
export function longImagePartPath(target: string, part: number, parts: number): string {
  return parts === 1 ? target : target.replace(/(\.jpg)$/i, `-${part}$1`);
}

/** Writes the long image of the deck whose slides are the PNG files `pictures` (in order), to `target`. */
export async function writeLongImage(
  browser: Browser,
  built: BuiltDeck,
  pictures: string[],
  target: string,
  what: string,
  /** No part taller than this (px). */
  maxHeight = LONG_MAX_HEIGHT,
): Promise<LongImagePart[]> {
  const { meta, slides } = built.deck.plan;
  const limit = timeLimit(slides.length);
  const size = slideSize(meta.aspect);
  const fonts = await paperFonts(built.characters, SLIDE_FACES, [longImageText(meta, pictures.length)]);
  const stylesheets = [fonts, pathToFileURL(themePath(meta.theme)).href];
  const html = longImageDocument(
    meta,
    pictures.map((file) => pathToFileURL(file).href),
    stylesheets,
    size.width / size.height,
  );
  const page = await newPage(browser, LONG_WIDTH, 1000);
  try {
    await readOnly(page, [...new Set(pictures.map((file) => path.dirname(file)))], false);
    const images = await withPaperPage(
      page,
      path.join(path.dirname(pictures[0] ?? target), 'long.pdf'),
      { html, stylesheets, online: false },
      what,
      '',
      limit,
      async () => {
        await page.setViewport({ width: LONG_WIDTH, height: 1000, deviceScaleFactor: 1 });
        const layout = await page.evaluate(() => ({
          total: Math.ceil(document.documentElement.scrollHeight),
          blocks: Array.from(document.querySelectorAll('[data-block]')).map((element) => {
            const box = element.getBoundingClientRect();
            return { top: Math.floor(box.top + window.scrollY), bottom: Math.ceil(box.bottom + window.scrollY) };
          }),
          pictures: Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0),
        }));
        if (!layout.pictures) throw new Error(`${what}: a slide's picture did not load`);
        trace(`${what}: laid out, ${layout.total} px`);
        // Cut as few parts as the height allows; a part over the size limit even at the least quality is cut again
        // smaller (a page of many photographs).
        for (let max = maxHeight; ; max = Math.floor(max * 0.75)) {
          const parts = longImageParts(layout.blocks, layout.total, max);
          // Past a few slides a part, smaller parts gain little: the least quality is then kept as it is.
          const lastTry = max < 2000;
          const encoded: Array<{ top: number; height: number; jpeg: Uint8Array }> = [];
          for (const part of parts) {
            const png = await withTimeout(
              page.screenshot({
                type: 'png',
                optimizeForSpeed: true,
                captureBeyondViewport: true,
                clip: { x: 0, y: part.top, width: LONG_WIDTH, height: part.height },
              }),
              what,
              limit,
            );
            trace(`${what}: part of ${part.height} px taken`);
            const jpeg = fittingJpeg(decodePng(png), lastTry);
            trace(`${what}: part encoded`);
            if (!jpeg) break;
            encoded.push({ ...part, jpeg });
          }
          if (encoded.length === parts.length) return encoded;
        }
      },
    );
    const written: LongImagePart[] = [];
    for (const [i, image] of images.entries()) {
      const file = longImagePartPath(target, i + 1, images.length);
      await writeFileAtomically(file, image.jpeg);
      written.push({ path: file, width: LONG_WIDTH, height: image.height, bytes: image.jpeg.length });
    }
    await removeStaleParts(target, images.length);
    trace(`${what}: written in ${images.length} part(s)`);
    return written;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The JPEG at the first quality that keeps it within the size limit; undefined when even the least does not,
 *  unless `anyway`. */
function fittingJpeg(image: ReturnType<typeof decodePng>, anyway: boolean): Uint8Array | undefined {
  let jpeg: Uint8Array | undefined;
  for (const quality of [QUALITY.first, QUALITY.least]) {
    jpeg = encodeJpeg(image, quality);
    if (jpeg.length <= LONG_MAX_BYTES) return jpeg;
  }
  return anyway ? jpeg : undefined;
}

/** Parts an earlier run wrote that this one did not (it was cut in more parts, or in none): removed only when they
 *  carry our mark, so a file of the speaker's that happens to bear the name is left alone. */
async function removeStaleParts(target: string, parts: number): Promise<void> {
  const stale = parts === 1 ? [] : [target];
  for (let n = parts === 1 ? 1 : parts + 1; ; n++) {
    const file = longImagePartPath(target, n, 2);
    const exists = await fs.stat(file).then(
      () => true,
      () => false,
    );
    if (!exists) break;
    stale.push(file);
  }
  for (const file of stale) {
    const bytes = await fs.readFile(file).catch(() => undefined);
    if (bytes && markedJpeg(bytes)) await fs.rm(file, { force: true });
  }
}
