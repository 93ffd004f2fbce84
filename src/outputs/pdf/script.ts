// The speaker's script PDF: laid out by the browser in large serif type; bookmarks at the parts and slide markers.
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
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
import { saveStreamedPdf } from './save.ts';
import type { PdfOutput } from './save.ts';
import { scriptDocument, scriptHeadings, scriptMarginText } from './script-html.ts';
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
  const page = await newPage(browser, A4_PX.width, A4_PX.height);
  try {
    // Glyphs only the page margins use: the running title and the page numbers.
    const marginText = scriptMarginText(plan);
    const fonts = await paperFonts(built.characters, SCRIPT_FACES, [
      charactersOfHtml(scriptDocument(plan, [])),
      marginText,
    ]);
    const stylesheets = paperStylesheets(plan.meta.theme, fonts, 'script');
    const paper = { html: scriptDocument(plan, stylesheets), stylesheets, online: plan.meta.online };
    const limit = timeLimit(plan.slides.length);
    // One document, however long: printed in ranges it cost 1.4–1.8× the CPU at every size measured (480 to 5,000
    // slides) and saved no wall time (docs/performance.md, "The script in ranges").
    const output = await withPaperPage(page, target, paper, what, marginText, limit, async () => {
      await withTimeout(endShortLines(page, '.sd-script-notes p, .sd-script-notes li'), what, limit);
      // `outline`: Chromium lists the headings (parts, slide markers) with the page each landed on. Streamed to
      // the file, not held whole (a long talk's script is tens of MB).
      const stream = await withTimeout(
        page.createPDFStream({ preferCSSPageSize: true, printBackground: true, outline: true, timeout: 0 }),
        what,
        limit,
      );
      return withTimeout(
        saveStreamedPdf(stream, target, pdfInfo(plan.meta, SCRIPT_SUFFIX), ({ outline }) =>
          scriptBookmarks(plan, outline),
        ),
        what,
        limit,
      );
    });
    trace(`${what}: written`);
    return { ...output, detail: scriptDetail(plan) };
  } finally {
    await page.close().catch(() => undefined);
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
