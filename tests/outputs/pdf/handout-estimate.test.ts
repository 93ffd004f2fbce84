// `check` says which notes the handout will cut without opening a browser (src/check/handout.ts). Here its estimate
// meets the real thing: the handout's pages laid out in Chromium and fitted by the same script the handout uses,
// for notes just shorter and just longer than the estimate's limit, in every layout with notes, for both aspects.
// (Measured: the limits agree to the character for Chinese prose, and within one character with Latin words.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitNotes, notesBox } from '../../../src/check/handout.ts';
import { planDeck } from '../../../src/deck/index.ts';
import { parseOutline } from '../../../src/outline/index.ts';
import type { Aspect } from '../../../src/outline/types.ts';
import { closeBrowser, launchBrowser } from '../../../src/outputs/browser/launch.ts';
import { NOTES_CUT, NOTES_TYPE, handoutDocument } from '../../../src/outputs/pdf/handout-html.ts';
import type { PerPage } from '../../../src/outputs/pdf/handout-html.ts';
import { paperFonts, paperStylesheets, withPaperPage } from '../../../src/outputs/pdf/paper.ts';
import { SLIDE_FACES } from '../../../src/fonts/index.ts';
import { textOfHtml } from '../../../src/fonts/text.ts';
import { ROOT, SAMPLE_OUTLINE } from '../../support/sample.ts';

/** The sample talk's notes, as one text: what real notes read like. */
const sample = parseOutline(fs.readFileSync(SAMPLE_OUTLINE, 'utf8'), 'qunzhong.md');
const prose = [...sample.opening, ...sample.parts.flatMap((part) => part.slides)]
  .flatMap((slide) => slide.pages.map((page) => page.notes?.text ?? ''))
  .join('')
  .repeat(3);
const TEXTS = {
  prose,
  /** Short paragraphs and line breaks: more room lost to paragraph ends and indents. */
  'short paragraphs': prose.replace(/。/g, '。\n\n').replace(/；/g, '；\n'),
  /** Latin words and numbers among the Chinese. */
  mixed: prose.replace(/群众/g, ' public service 2024 ').replace(/干部/g, 'AI '),
};

/** A prefix of `text` of `characters` characters (spaces not counted), as notes. */
function notesOf(text: string, characters: number): string {
  let counted = 0;
  let end = 0;
  for (const char of text) {
    if (counted >= characters) break;
    end += char.length;
    if (!/\s/.test(char)) counted++;
  }
  return text.slice(0, end).trim();
}

/** The fewest characters of `text` the estimate says do not fit. */
function estimatedLimit(text: string, perPage: PerPage, aspect: Aspect): number {
  let low = 1;
  let high = 4000;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fitNotes(notesOf(text, middle), notesBox(perPage, aspect)).fits) low = middle + 1;
    else high = middle;
  }
  return low;
}

let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-handout-estimate-'));
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  if (browser) await closeBrowser(browser);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The slides whose notes the handout, laid out in the browser, cuts. */
async function cutInBrowser(notes: string[], perPage: PerPage, aspect: Aspect): Promise<boolean[]> {
  const body = notes.map((text, i) => `## 第${i + 1}页\n\n- 要点\n\n::: notes\n${text}\n:::\n`).join('\n');
  const plan = planDeck(parseOutline(`---\ntitle: 备注长短\naspect: "${aspect}"\n---\n\n${body}`, 'notes.md'));
  const page = await browser.newPage();
  try {
    const options = { perPage, notes: true };
    const fonts = await paperFonts('', SLIDE_FACES, [textOfHtml(handoutDocument(plan, options, [])), NOTES_CUT]);
    const stylesheets = paperStylesheets('red', fonts, 'handout');
    const paper = { html: handoutDocument(plan, options, stylesheets), stylesheets, online: false };
    const cut = await withPaperPage(
      page,
      path.join(dir, 'handout.pdf'),
      paper,
      'estimate',
      NOTES_CUT,
      60_000,
      async () => {
        await page.addScriptTag({ path: path.join(ROOT, 'src/outputs/pdf/fit-notes.js') });
        return page.evaluate(
          (options) =>
            (window as unknown as { speechdeckFitNotes: (o: unknown) => { cut: number[] } }).speechdeckFitNotes(options)
              .cut,
          { ...NOTES_TYPE, step: 0.5, cut: NOTES_CUT },
        );
      },
    );
    // Slide 1 is the title slide: the notes are on slides 2 onwards.
    return notes.map((_, i) => cut.includes(i + 2));
  } finally {
    await page.close();
  }
}

describe.each([
  [3, '16:9'],
  [2, '16:9'],
  [1, '16:9'],
  [3, '4:3'],
] as Array<[PerPage, Aspect]>)('the estimate of notes that fit, at %i slides a page, %s', (perPage, aspect) => {
  const kinds = Object.keys(TEXTS) as Array<keyof typeof TEXTS>;
  /** For each kind of text: notes of every length from 12 characters under the estimated limit to 12 over it. */
  const notes = new Map(
    kinds.map((kind) => {
      const limit = estimatedLimit(TEXTS[kind], perPage, aspect);
      return [kind, { limit, notes: Array.from({ length: 25 }, (_, i) => notesOf(TEXTS[kind], limit - 12 + i)) }];
    }),
  );
  /** Which of them the browser cuts: every kind laid out in one handout, one browser load for the layout. */
  let cut: Map<keyof typeof TEXTS, boolean[]>;
  beforeAll(async () => {
    const all = await cutInBrowser(
      kinds.flatMap((kind) => notes.get(kind)!.notes),
      perPage,
      aspect,
    );
    cut = new Map(kinds.map((kind, k) => [kind, all.slice(k * 25, (k + 1) * 25)]));
  }, 120_000);

  it.each(kinds)("puts the limit within 3 characters of the browser's: %s", (kind) => {
    const { limit, notes: lengths } = notes.get(kind)!;
    expect(lengths.map((note) => !fitNotes(note, notesBox(perPage, aspect)).fits).indexOf(true)).toBe(12);
    const cuts = cut.get(kind)!;
    const browserLimit = cuts.indexOf(true);
    // The browser cuts every note from its limit on, and its limit is the estimate's, give or take a few characters.
    expect(cuts.slice(browserLimit).every(Boolean) && !cuts.slice(0, browserLimit).some(Boolean)).toBe(true);
    // Never more than 3 over (a cut the estimate does not warn of); short by at most 2 % (a warning a little early:
    // Latin words in the 56 mm column beside a 3-a-page slide break a line or two differently).
    const said = `the browser's limit is ${limit - 12 + browserLimit}, the estimate's ${limit}`;
    expect(12 - browserLimit, said).toBeLessThanOrEqual(3);
    expect(browserLimit - 12, said).toBeLessThanOrEqual(Math.max(3, Math.ceil(limit * 0.02)));
  });
});
