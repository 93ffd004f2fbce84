// The A4 documents we lay out in the browser (handout, script): their stylesheets, and opening one to print.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { settled, temporaryPath } from '../../files/atomic.ts';
import { THEMES_DIR, packageFile, themePath } from '../../files/paths.ts';
import { FONTS, fontShorthand, fontStylesheets } from '../../fonts/index.ts';
import type { FontFace } from '../../fonts/index.ts';
import { PAGE_TIMEOUT_MS, withTimeout } from '../page.ts';


/** File URLs of the bundled fonts (never the machine's), of the deck's theme (whose --sd-* variables give paper
 *  its colours), then of the document's own stylesheet (`themes/_handout.css`, `themes/_script.css`). */
export function paperStylesheets(theme: string, faces: readonly FontFace[], document: 'handout' | 'script'): string[] {
  const sheets = [...fontStylesheets(faces).map((sheet) => packageFile(sheet)), themePath(theme), path.join(THEMES_DIR, `_${document}.css`)];
  return sheets.map((file) => pathToFileURL(file).href);
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
  const faces = (Object.keys(FONTS) as FontFace[]).map(fontShorthand);
  const loading = page.evaluate(async (sample, faces) => {
    // Layout first, so the fonts the text needs are requested; then those that generated content needs.
    void document.body.offsetHeight;
    await Promise.all(faces.map((face) => document.fonts.load(face, sample).catch(() => [])));
    await document.fonts.ready;
    void document.body.offsetHeight;
    await document.fonts.ready;
  }, text || ' ', faces);
  await withTimeout(loading, `${what}: loading the fonts`);
}
