// The A4 documents we lay out in the browser (handout, script): their stylesheets, and opening one to print.
import { mkdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { createHash } from 'node:crypto';
import { settled, temporaryPath, writeNow } from '../../files/atomic.ts';
import { writeCacheFile } from '../../files/cache.ts';
import { PACKAGE_ROOT, THEMES_DIR, themePath } from '../../files/paths.ts';
import { FONTS, fontFaceCss, fontShorthand } from '../../fonts/index.ts';
import type { FontFace } from '../../fonts/index.ts';
import { subsetFaces } from '../../fonts/subset.ts';
import { characterSet } from '../../fonts/text.ts';
import { readOnly } from '../browser/request-filter.ts';
import { withTimeout } from '../page.ts';
import { EnvironmentError } from '../errors.ts';
import { displayPath } from '../../files/project.ts';
import { sentences } from '../../outline/error.ts';
import { say } from '../../messages/index.ts';

/** File URLs of the fonts (`paperFonts`), of the deck's theme (whose --sd-* variables give paper its colours), then
 *  of the document's own stylesheet (`themes/_handout.css`, `themes/_script.css`). */
export function paperStylesheets(theme: string, fonts: string, document: 'handout' | 'script'): string[] {
  return [
    fonts,
    ...[themePath(theme), path.join(THEMES_DIR, `_${document}.css`)].map((file) => pathToFileURL(file).href),
  ];
}

/** A stylesheet (its file URL) of these faces cut to the deck's characters and those of `texts`: the deck's own
 *  subset fonts when the paper shows nothing else (as when `deck` made the deck knowing the paper's words). It sits
 *  beside the font files in their cache, which it names by relative address. */
export async function paperFonts(deckCharacters: string, faces: readonly FontFace[], texts: string[]): Promise<string> {
  const subsets = await subsetFaces(faces, characterSet([deckCharacters, ...texts]));
  const css = fontFaceCss(
    subsets.map((subset) => ({ face: subset.face, url: `./${subset.name}`, covers: subset.covers })),
  );
  const file = path.join(
    path.dirname(subsets[0]!.file),
    `paper-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`,
  );
  // kept by the cache's clean-up while in use (see fonts/subset.ts)
  const now = new Date();
  await fs.utimes(file, now, now).catch(() => writeCacheFile(file, css));
  const url = pathToFileURL(file).href;
  remember(url, () => paperFonts(deckCharacters, faces, texts));
  return url;
}

/** How each stylesheet `paperFonts` wrote was made: made again (the same file, the same fonts) where its fonts left
 *  the cache before a page loaded them. The last few only: a page uses the stylesheet it was just given. */
const madeFonts = new Map<string, () => Promise<unknown>>();
const MADE_FONTS_KEPT = 32;

function remember(url: string, remake: () => Promise<unknown>): void {
  madeFonts.delete(url);
  madeFonts.set(url, remake);
  for (const old of madeFonts.keys()) {
    if (madeFonts.size <= MADE_FONTS_KEPT) break;
    madeFonts.delete(old);
  }
}

/** The first file of the paper's fonts that is not where its stylesheet says: the stylesheet, or a font it names. */
async function missingFontFile(stylesheets: string[]): Promise<string | undefined> {
  for (const url of stylesheets.filter((sheet) => madeFonts.has(sheet))) {
    const file = fileURLToPath(url);
    const css = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (css === undefined) return file;
    for (const [, name] of css.matchAll(/url\("?\.\/([^")]+)"?\)/g)) {
      const font = path.join(path.dirname(file), decodeURIComponent(name!));
      if (!(await fs.stat(font).catch(() => undefined))) return font;
    }
  }
  return undefined;
}

/** A4 at 96 px per inch: the viewport paper is laid out in, so what we measure is what prints. */
export const A4_PX = { width: 794, height: 1123 } as const;

/** CSS px → PDF points. */
export const PT_PER_PX = 0.75;

/** A handout's or script's page: its HTML, the stylesheets it links (`paperStylesheets`), and whether the outline
 *  may load from the internet. */
export interface PaperDocument {
  html: string;
  stylesheets: string[];
  online: boolean;
}

/**
 * Writes the document's HTML beside `target` (hidden, removed afterwards and on Ctrl-C), opens it in `page` for print
 * with every font loaded, including the glyphs of `extraText` that only generated content (page boxes, marks) uses,
 * and runs `work`. The page reads that file and its stylesheets' folders, nothing else of the machine.
 */
export async function withPaperPage<T>(
  page: Page,
  target: string,
  { html, stylesheets, online }: PaperDocument,
  what: string,
  extraText: string,
  /** The time limit of each step (see timeLimit). */
  limit: number,
  work: () => Promise<T>,
): Promise<T> {
  const file = temporaryPath(target.replace(/\.pdf$/i, '.html'));
  try {
    // At once, as staging files are written (files/atomic.ts): a stop then finds it whole or not begun.
    mkdirSync(path.dirname(file), { recursive: true });
    writeNow(file, html, target);
    await page.setViewport({ ...A4_PX, deviceScaleFactor: 1 });
    await page.emulateMediaType('print');
    const folders = stylesheets.filter((url) => url.startsWith('file:')).map((url) => path.dirname(fileURLToPath(url)));
    /** Opens the document; what of it did not load (nothing: undefined). */
    const open = async (): Promise<Unloaded | undefined> => {
      await readOnly(page, [file, ...folders], online);
      // A file the page asks for and cannot read (a stylesheet, a font, an image gone) fails its request: our
      // request filter turns a missing file away. Chromium would go on without it and print without a word.
      const failed: string[] = [];
      const onFailed = (request: HTTPRequest) => {
        if (request.url().startsWith('file:')) failed.push(request.url());
      };
      page.on('requestfailed', onFailed);
      try {
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: limit });
        await fontsLoaded(page, extraText, what, limit);
        const inPage = await withTimeout(page.evaluate(somethingUnloaded), what, limit);
        const files = [...failed, ...inPage.brokenImages];
        // (fonts of ours the page lacks: where it links a stylesheet of them)
        const fonts = inPage.fonts && stylesheets.some((sheet) => madeFonts.has(sheet));
        return files.length || fonts ? { files, fonts } : undefined;
      } finally {
        page.off('requestfailed', onFailed);
      }
    };
    if (await open()) {
      // Something removed a file the page reads after it was made: the fonts' cache emptied after the paper's fonts
      // were cut (a clean-up, another program), a theme's stylesheet or a picture gone. The fonts are cut again and
      // the page opened once more; still missing, the command stops, as the machine's fault, naming the file.
      await Promise.all(stylesheets.map((sheet) => madeFonts.get(sheet)?.()));
      const unloaded = await open();
      if (unloaded) throw await goneError(unloaded, stylesheets, what);
    }
    return await work();
  } finally {
    await fs.rm(file, { force: true });
    settled(file);
  }
}

/** What of a paper page did not load: files it could not read or pictures that did not decode (file URLs), and
 *  whether its fonts failed. */
interface Unloaded {
  files: string[];
  fonts: boolean;
}

/** Our message for what a paper page lacked, naming the file: a font of the cache as the cache emptied, another file
 *  (a theme's stylesheet, a picture) as removed from its folder. */
async function goneError(unloaded: Unloaded, stylesheets: string[], what: string): Promise<EnvironmentError> {
  const fontsSheet = stylesheets.find((sheet) => madeFonts.has(sheet));
  const fontsFolder = fontsSheet && path.dirname(fileURLToPath(fontsSheet));
  const files = unloaded.files.map((url) => fileURLToPath(url));
  const other = files.find((file) => !fontsFolder || path.dirname(file) !== fontsFolder);
  if (other && !unloaded.fonts)
    return new EnvironmentError(
      sentences(
        say('paperFileGone', displayPath(other), what),
        say('paperFileGoneHint', displayPath(path.dirname(other))),
      ),
    );
  const missing = (await missingFontFile(stylesheets)) ?? files.find((file) => file !== other);
  const folder = missing ? path.dirname(missing) : (fontsFolder ?? path.dirname(other ?? '.'));
  return new EnvironmentError(
    sentences(
      say('paperFontGone', displayPath(missing ?? folder), what),
      say('fontCacheGoneHint', displayPath(folder)),
    ),
  );
}

/** In the page: whether its fonts did not load (a font it asked for failed, or none loaded: a fonts' stylesheet
 *  not read reads as empty, not missing), and the pictures that did not decode. */
function somethingUnloaded(): { fonts: boolean; brokenImages: string[] } {
  const faces = Array.from(document.fonts);
  return {
    fonts: !faces.some((face) => face.status === 'loaded') || faces.some((face) => face.status === 'error'),
    brokenImages: Array.from(document.images)
      .filter((image) => image.src.startsWith('file:') && (!image.complete || image.naturalWidth === 0))
      .map((image) => image.src),
  };
}

/** Waits until every font the page uses has loaded, plus those for `text` (sans and serif, both weights). */
async function fontsLoaded(page: Page, text: string, what: string, limit?: number): Promise<void> {
  const faces = (Object.keys(FONTS) as FontFace[]).map(fontShorthand);
  const loading = page.evaluate(
    async (sample, faces) => {
      // Layout first, so the fonts the text needs are requested; then those that generated content needs.
      void document.body.offsetHeight;
      await Promise.all(faces.map((face) => document.fonts.load(face, sample).catch(() => [])));
      await document.fonts.ready;
      void document.body.offsetHeight;
      await document.fonts.ready;
    },
    text || ' ',
    faces,
  );
  await withTimeout(loading, `${what}: loading the fonts`, limit);
}

const SHORT_LINES = path.join(PACKAGE_ROOT, 'src/outputs/pdf/short-lines.js');
const DRAWN_LINES = path.join(PACKAGE_ROOT, 'src/outputs/pdf/drawn-lines.js');

/** Gives the page `speechdeckDrawnLines` (drawn-lines.js: a block's lines as drawn), for the paper pages and the
 *  tests that read a deck's lines. Evaluated rather than added as a script tag: a deck's page allows only its own
 *  scripts (its Content-Security-Policy), and an evaluation from outside the page is not one of its scripts. */
export async function addLineReader(page: Page): Promise<void> {
  await page.evaluate(`${await fs.readFile(DRAWN_LINES, 'utf8')}\n;undefined`);
}
/** The most justification may widen the space between two characters, in em: a line it would stretch more ended
 *  early (the phrase after it moved to the next line whole) and stays ragged instead (以 上 就 是). */
const WIDEST_GAP = 0.15;

/** Ends the justified lines of `selector` that a phrase moving whole left short with a forced break, so that they
 *  are not stretched (see short-lines.js); returns how many. */
export async function endShortLines(page: Page, selector: string): Promise<number> {
  await addLineReader(page);
  await page.addScriptTag({ path: SHORT_LINES });
  return page.evaluate(
    (options) =>
      (window as unknown as { speechdeckEndShortLines: (o: unknown) => number }).speechdeckEndShortLines(options),
    { selector, widestGap: WIDEST_GAP },
  );
}
