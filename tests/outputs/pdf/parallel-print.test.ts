// The slides PDF printed in ranges at once and joined, against the same deck printed whole in one page: the same
// pages in the same order, the same bookmarks, page labels, one font per face, the same tags, a file qpdf finds sound;
// and the handout made from the joined print-colour copy.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, launchBrowser } from '../../../src/outputs/browser/launch.ts';
import type { BuiltDeck } from '../../../src/outputs/deck/folder.ts';
import { deckCharacters } from '../../../src/outputs/deck/folder.ts';
import { loadDeck } from '../../../src/load/index.ts';
import {
  MOST_PER_RANGE,
  exportSlidesWithPaperCopy,
  printPaperInRanges,
  printRanges,
} from '../../../src/outputs/pdf/slides.ts';
import {
  MOST_SHEETS_PER_RANGE,
  SHEETS_IN_RANGES_FROM,
  exportHandout,
  sheetRanges,
} from '../../../src/outputs/pdf/handout.ts';
import { rangeDocuments } from '../../../src/outputs/pdf/range-document.ts';
import { measureLayout } from '../../../src/outputs/layout.ts';
import type { SlideMeasure } from '../../../src/check/layout.ts';
import {
  fontNames,
  fontObjects,
  installed,
  outlineLines,
  pageTexts,
  pdfMetadata,
  pdfOutline,
  readPdf,
  squash,
} from '../../support/pdf.ts';
import { SAMPLE_OUTLINE } from '../../support/sample.ts';

const sample = inject('sample');

const TOOLS = ['pdftotext', 'pdffonts', 'qpdf', 'mutool'];
const missing = TOOLS.filter((tool) => !installed(tool));
if (missing.length) console.warn(`parallel-print.test.ts: skipped, ${missing.join(', ')} not installed`);

/** A tagged PDF's tags as a screen reader reaches them from each page: for every page, the structure types of the
 *  elements its ParentTree entry lists, each checked to lead up through one Document to the StructTreeRoot and to
 *  name that page (when it names one); undefined when the file is not marked as tagged. */
async function tagsByPage(file: string): Promise<string[][] | undefined> {
  const pdf = await PDFDocument.load(await fs.readFile(file), { updateMetadata: false });
  const catalog = pdf.catalog;
  const marked = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)?.get(PDFName.of('Marked'));
  const root = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (String(marked) !== 'true' || !root) return undefined;
  const documents = new Set<PDFDict>();
  const parentTree = root.lookup(PDFName.of('ParentTree'), PDFDict);
  const nums = parentTree.lookup(PDFName.of('Nums'), PDFArray);
  const entries = new Map<number, PDFArray>();
  for (let i = 0; i < nums.size(); i += 2)
    entries.set(nums.lookup(i, PDFNumber).asNumber(), nums.lookup(i + 1, PDFArray));
  return pdf.getPages().map((page) => {
    const key = page.node.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber();
    const elements = key === undefined ? undefined : entries.get(key);
    if (!elements) throw new Error(`page ${page.ref} has no entry in the ParentTree`);
    return elements.asArray().map((ref) => {
      const element = pdf.context.lookup(ref, PDFDict);
      const pg = element.get(PDFName.of('Pg'));
      if (pg instanceof PDFRef && pg !== page.ref) throw new Error(`an element of page ${page.ref} names ${pg}`);
      let up: PDFDict = element;
      for (let depth = 0; up.lookupMaybe(PDFName.of('Type'), PDFName) !== PDFName.of('StructTreeRoot'); depth++) {
        if (depth > 64) throw new Error('an element does not lead to the StructTreeRoot');
        if (String(up.get(PDFName.of('S'))) === '/Document') documents.add(up);
        up = up.lookup(PDFName.of('P'), PDFDict);
      }
      if (up !== root || documents.size !== 1) throw new Error('the elements do not share one root and one Document');
      return String(element.get(PDFName.of('S')));
    });
  });
}

describe.skipIf(missing.length > 0)('the slides PDF printed in ranges at once', () => {
  let browser: Browser;
  let dir: string;
  let deck: BuiltDeck;
  let joined: string;
  let paper: Uint8Array;
  let measured: SlideMeasure[] | undefined;
  const asked = process.env.SPEECHDECK_PRINT_RANGES;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-ranges-'));
    const loaded = await loadDeck(SAMPLE_OUTLINE);
    deck = {
      deck: loaded,
      name: 'qunzhong',
      deckDir: sample.deckDir,
      indexHtml: sample.indexHtml,
      characters: deckCharacters(loaded, []),
    };
    joined = path.join(dir, 'slides.pdf');
    // three ranges of a deck of some thirty slides: uneven, with slides of every kind in each; two pages at once, so
    // that one page's range is followed by the third in a new page
    const printed = exportSlidesWithPaperCopy(browser, deck, joined, { ranges: 3, pagesAtOnce: 2 });
    printed.paperSlides.pdf.catch(() => undefined);
    measured = (await printed.output).slides;
    paper = await printed.paperSlides.pdf;
  });

  afterAll(async () => {
    if (asked === undefined) delete process.env.SPEECHDECK_PRINT_RANGES;
    else process.env.SPEECHDECK_PRINT_RANGES = asked;
    if (browser) await closeBrowser(browser);
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('has every slide once, in order: each page the same text as the deck printed whole', () => {
    const whole = pageTexts(sample.pdf);
    const pages = pageTexts(joined);
    expect(pages.length).toBe(deck.deck.plan.slides.length);
    expect(pages).toEqual(whole);
    // and the footers' page numbers count up with no gap at the ranges' seams (the title slide has no footer)
    const numbered = pages.flatMap((text, i) => (/第\d+页/.test(text) ? [[i + 1, text] as const] : []));
    expect(numbered.length).toBeGreaterThan(pages.length / 2);
    for (const [page, text] of numbered) expect(text).toContain(`第${page}页`);
  });

  it('has the same bookmarks as the deck printed whole, and pages labelled by slide', async () => {
    expect(outlineLines(joined)).toEqual(outlineLines(sample.pdf));
    expect((await pdfOutline(joined)).length).toBeGreaterThan(2);
    const labels = execFileSync('mutool', ['show', joined, 'trailer/Root/PageLabels'], { encoding: 'utf8' });
    expect(labels).toMatch(/\/Nums\s*\[\s*0\s*<<\s*\/S\s*\/D\s*>>\s*\]/);
  });

  it('embeds each face once, joined from the ranges, and carries the metadata', async () => {
    const names = fontNames(joined);
    expect(names).toEqual(fontNames(sample.pdf));
    expect(new Set(names).size).toBe(names.length);
    expect(await fontObjects(joined)).toEqual(names);
    const meta = await pdfMetadata(joined);
    expect(meta.title).toBe(deck.deck.plan.meta.title);
    expect(meta.author).toBe(deck.deck.plan.meta.speaker);
  });

  it("measures every slide once, numbered as in the deck, as check's own page measures them", async () => {
    const whole = await measureLayout(browser, deck);
    expect(measured?.map((measure) => measure.index)).toEqual(deck.deck.plan.slides.map((_, i) => i));
    expect(measured).toEqual(whole);
  });

  it("keeps the ranges' tags: every page's elements under the one Document, as the deck printed whole has them", async () => {
    const whole = await tagsByPage(sample.pdf);
    const tags = await tagsByPage(joined);
    expect(whole?.length).toBe(deck.deck.plan.slides.length);
    expect(tags?.length).toBe(whole!.length);
    // Chromium groups a range's first page's text in more elements than the same page mid-deck: the pages' element
    // lists may differ there, but no page loses its tags
    tags!.forEach((elements, page) => expect(elements.length > 0, `page ${page + 1}`).toBe(whole![page]!.length > 0));
    expect(tags!.flat().length).toBeGreaterThanOrEqual(whole!.flat().length);
  });

  it("gave each range's page only its slides: the deck's written page is cut into the ranges", async () => {
    const html = await fs.readFile(deck.indexHtml, 'utf8');
    expect(rangeDocuments(html, deck.deck.slidesHtml, deck.deck.slideSections)).toBeDefined();
  });

  it('is a sound PDF (qpdf --check)', () => {
    // exits non-zero on any error
    const report = execFileSync('qpdf', ['--check', joined], { encoding: 'utf8' });
    expect(report).toMatch(/No syntax or stream encoding errors/);
  });

  it('gives the handout its slides in print colours, joined the same way', async () => {
    const copy = path.join(dir, 'paper.pdf');
    await fs.writeFile(copy, paper);
    // the same pages, but for the event in the footers: on paper the sheet's header names it (_print.css)
    const event = deck.deck.plan.meta.event!;
    const footerEvent = (text: string) => text.replace(new RegExp(`${event}(?=第\\d+页$)`), '');
    expect(pageTexts(copy)).toEqual(pageTexts(joined).map(footerEvent));
    expect(pageTexts(joined).map(footerEvent)).not.toEqual(pageTexts(joined));
    const target = path.join(dir, 'handout.pdf');
    const output = await exportHandout(browser, deck, target, { perPage: 3, notes: false }, () => undefined, {
      pdf: Promise.resolve(paper),
      paperType: false,
    });
    const pages = await readPdf(target);
    expect(output.pages).toBe(Math.ceil(deck.deck.plan.slides.length / 3));
    expect(squash(pages.map((page) => page.text).join(''))).toContain(squash(deck.deck.plan.slides.at(-2)!.title));
  });

  // the handout made alone, with no slides PDF printed beside it: its slides in print colours printed in ranges
  it('prints the slides in print colours in ranges alone, in turn, as the same pages as printed whole', async () => {
    process.env.SPEECHDECK_PRINT_RANGES = '3';
    const ranged = await printPaperInRanges(browser, deck, false, 'paper', 2);
    expect(ranged).toBeDefined();
    const file = path.join(dir, 'paper-ranges.pdf');
    await fs.writeFile(file, ranged!);
    process.env.SPEECHDECK_PRINT_RANGES = '1';
    // one page: not in ranges
    expect(await printPaperInRanges(browser, deck, false, 'paper')).toBeUndefined();
    const event = deck.deck.plan.meta.event!;
    const footerEvent = (text: string) => text.replace(new RegExp(`${event}(?=第\\d+页$)`), '');
    expect(pageTexts(file)).toEqual(pageTexts(sample.pdf).map(footerEvent));
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    );
  });

  it("prints the same pages where the deck's page cannot be cut into ranges: the client drops the other slides", async () => {
    process.env.SPEECHDECK_PRINT_RANGES = '3';
    // (a page that does not hold the slides as rendered now: written by another version, or changed since)
    const uncut: BuiltDeck = { ...deck, deck: { ...deck.deck, slidesHtml: '<section>other</section>' } };
    const html = await fs.readFile(deck.indexHtml, 'utf8');
    expect(rangeDocuments(html, uncut.deck.slidesHtml, uncut.deck.slideSections)).toBeUndefined();
    const ranged = await printPaperInRanges(browser, uncut, false, 'paper', 2);
    expect(ranged).toBeDefined();
    const file = path.join(dir, 'paper-client-ranges.pdf');
    await fs.writeFile(file, ranged!);
    expect(pageTexts(file)).toEqual(pageTexts(path.join(dir, 'paper-ranges.pdf')));
  });

  it('makes the same handout from them as from the slides printed whole, its sheets laid out in ranges too', async () => {
    const handout = async (ranges: string, name: string) => {
      process.env.SPEECHDECK_PRINT_RANGES = ranges;
      const target = path.join(dir, name);
      const output = await exportHandout(browser, deck, target, { perPage: 3, notes: true });
      return { output, target, texts: pageTexts(target) };
    };
    const whole = await handout('1', 'whole.pdf');
    const ranged = await handout('3', 'ranged.pdf');
    expect(sheetRanges(whole.output.pages, '3')).toHaveLength(3);
    expect(ranged.output.pages).toBe(whole.output.pages);
    expect(ranged.texts).toEqual(whole.texts);
    expect(squash(ranged.texts.join(''))).toContain(squash(deck.deck.plan.slides.at(-2)!.title));
    // numbered across the ranges' seams, each sheet its own number of the whole count
    ranged.texts.forEach((text, i) => expect(squash(text)).toContain(`第${i + 1}页/共${ranged.texts.length}页`));
    expect(outlineLines(ranged.target)).toEqual(outlineLines(whole.target));
    // the sheets' faces joined as the slides' are: the same fonts as the handout laid out whole
    expect(fontNames(ranged.target)).toEqual(fontNames(whole.target));
    expect(() => execFileSync('qpdf', ['--check', ranged.target], { encoding: 'utf8' })).not.toThrow();
  });
});

describe('how many ranges a deck is printed in', () => {
  it('prints a short deck in one page, a long one in a range per core, every slide in exactly one range', () => {
    expect(printRanges(28, 2, undefined)).toEqual([]);
    expect(printRanges(120, 8, undefined)).toEqual([]);
    expect(printRanges(240, 8, undefined)).toHaveLength(2);
    for (const [slides, cores] of [
      [480, 2],
      [3000, 2],
      [200, 4],
      [3001, 8],
      [5000, 2],
      [1000, 16],
    ] as const) {
      const ranges = printRanges(slides, cores, undefined);
      expect(ranges.length).toBeGreaterThan(1);
      expect(ranges[0]!.first).toBe(1);
      expect(ranges.at(-1)!.last).toBe(slides);
      ranges.slice(1).forEach((range, i) => expect(range.first).toBe(ranges[i]!.last + 1));
      // no range longer than the most, none shorter than needed: as few ranges as that and the cores allow
      for (const range of ranges) expect(range.last - range.first + 1).toBeLessThanOrEqual(MOST_PER_RANGE);
      expect(ranges.length).toBe(
        Math.max(Math.min(cores, Math.floor(slides / 100)), Math.ceil(slides / MOST_PER_RANGE)),
      );
    }
    // a range per core, where that keeps the ranges short enough
    expect(printRanges(480, 2, undefined)).toHaveLength(2);
    expect(printRanges(3001, 8, undefined)).toHaveLength(Math.ceil(3001 / MOST_PER_RANGE));
    // one core: one page, unless the deck is longer than a range may be (then its ranges print one after another)
    expect(printRanges(MOST_PER_RANGE, 1, undefined)).toEqual([]);
    expect(printRanges(3000, 1, undefined)).toHaveLength(Math.ceil(3000 / MOST_PER_RANGE));
  });

  it('takes the number asked for, and 1 for never', () => {
    expect(printRanges(480, 2, '1')).toEqual([]);
    expect(printRanges(30, 2, '3')).toHaveLength(3);
  });

  it("lays out a long handout's sheets in short ranges, every sheet in exactly one, and a short one whole", () => {
    expect(sheetRanges(SHEETS_IN_RANGES_FROM - 1, undefined)).toEqual([]);
    expect(sheetRanges(10, '1')).toEqual([]);
    for (const sheets of [SHEETS_IN_RANGES_FROM, 1000, 1667, 333]) {
      const ranges = sheetRanges(sheets, undefined);
      expect(ranges.length).toBe(Math.max(2, Math.ceil(sheets / MOST_SHEETS_PER_RANGE)));
      expect(ranges[0]!.first).toBe(0);
      expect(ranges.at(-1)!.last).toBe(sheets - 1);
      ranges.slice(1).forEach((range, i) => expect(range.first).toBe(ranges[i]!.last + 1));
      for (const range of ranges) expect(range.last - range.first + 1).toBeLessThanOrEqual(MOST_SHEETS_PER_RANGE);
    }
  });
});
