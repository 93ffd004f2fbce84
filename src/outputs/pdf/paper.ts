// The A4 documents we lay out in the browser (handout, script): their stylesheets, and opening one to print.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { settled, temporaryPath } from '../../files/atomic.ts';
import { packageFile, themePath } from '../../files/paths.ts';
import { PAGE_TIMEOUT_MS, withTimeout } from '../page.ts';


/** The bundled fonts paper may use (from the @fontsource packages, like the deck's; never the machine's). */
export const PAPER_FONTS = {
  sans: '@fontsource/noto-sans-sc/400.css',
  sansBold: '@fontsource/noto-sans-sc/700.css',
  serif: '@fontsource/noto-serif-sc/400.css',
  serifBold: '@fontsource/noto-serif-sc/700.css',
} as const;

/** File URLs of the fonts, then of the deck's theme (whose --sd-* variables give paper its colours). */
export function paperStylesheets(theme: string, fonts: Array<keyof typeof PAPER_FONTS>): string[] {
  return [...fonts.map((font) => packageFile(PAPER_FONTS[font])), themePath(theme)].map((file) => pathToFileURL(file).href);
}

/** A4 at 96 px per inch: the viewport paper is laid out in, so what we measure is what prints. */
export const A4_PX = { width: 794, height: 1123 } as const;

/** CSS px → PDF points. */
export const PT_PER_PX = 0.75;

/**
 * Writes `html` beside `target` (hidden, removed afterwards and on Ctrl-C), opens it in `page` for print with
 * every font loaded, including the glyphs of `extraText` that only generated content (page boxes, marks) uses,
 * and runs `work`.
 */
export async function withPaperPage<T>(
  page: Page,
  target: string,
  html: string,
  what: string,
  extraText: string,
  work: () => Promise<T>,
): Promise<T> {
  const file = temporaryPath(target.replace(/\.pdf$/i, '.html'));
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, html);
    await page.setViewport({ ...A4_PX, deviceScaleFactor: 1 });
    await page.emulateMediaType('print');
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    await fontsLoaded(page, extraText, what);
    return await work();
  } finally {
    await fs.rm(file, { force: true });
    settled(file);
  }
}

/** Waits until every font the page uses has loaded, plus those for `text` (sans and serif, both weights). */
export async function fontsLoaded(page: Page, text: string, what: string): Promise<void> {
  const loading = page.evaluate(async (sample) => {
    // Layout first, so the fonts the text needs are requested; then those that generated content needs.
    void document.body.offsetHeight;
    const faces = ['400 12px "Noto Sans SC"', '700 12px "Noto Sans SC"', '400 12px "Noto Serif SC"', '700 12px "Noto Serif SC"'];
    await Promise.all(faces.map((face) => document.fonts.load(face, sample).catch(() => [])));
    await document.fonts.ready;
    void document.body.offsetHeight;
    await document.fonts.ready;
  }, text || ' ');
  await withTimeout(loading, `${what}: loading the fonts`);
}
